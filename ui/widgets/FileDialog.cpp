#include "FileDialog.h"

#include <QFileDialog>

namespace parcours {

bool FileDialog::s_testMode = false;
QStringList FileDialog::s_names;

bool FileDialog::takeQueued(QString& path)
{
    if (!s_names.isEmpty()) {
        path = s_names.takeFirst();
        return true;
    }
    if (s_testMode) {
        path.clear();
        return true;
    }
    return false;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    QString path;
    if (takeQueued(path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter, QString* selectedFilter, bool confirmOverwrite)
{
    QString path;
    if (takeQueued(path)) {
        if (selectedFilter)
            *selectedFilter = filter.section(QStringLiteral(";;"), 0, 0);
        return path;
    }
    const QFileDialog::Options options =
        confirmOverwrite ? QFileDialog::Options() : QFileDialog::Options(QFileDialog::DontConfirmOverwrite);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter, options);
}

void FileDialog::setTestMode(bool on)
{
    s_testMode = on;
}
void FileDialog::setNextFileName(const QString& path)
{
    s_names.append(path);
}

} // namespace parcours
