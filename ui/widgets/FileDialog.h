#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace parcours {

// File choosers through one door, so GUI tests can say in advance which file
// the user "picks" (setNextFileName) instead of facing a native dialog.
class FileDialog
{
  public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    // selectedFilter receives the filter the user chose (or the first one).
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter, QString* selectedFilter = nullptr,
                                   bool confirmOverwrite = true);

    // In test mode no dialog is shown: the next queued name is returned, or
    // an empty string (the user cancelled) when none is queued.
    static void setTestMode(bool on);
    static void setNextFileName(const QString& path);

  private:
    static bool takeQueued(QString& path);
    static bool s_testMode;
    static QStringList s_names;
};

} // namespace parcours
