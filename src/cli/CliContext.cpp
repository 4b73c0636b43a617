#include "CliContext.h"

#include "AppContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace parcours {

CliContext::CliContext(QString databasePath, bool json, const Clock& clock)
    : m_databasePath(std::move(databasePath)), m_json(json), m_clock(clock)
{
}

CliContext::~CliContext() = default;

AppContext& CliContext::app()
{
    if (!m_app)
        m_app = AppContext::openFile(m_databasePath, m_clock);
    return *m_app;
}

void CliContext::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliContext::outJson(const QJsonDocument& doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString CliContext::writeOutput(const QByteArray& bytes, const QString& path)
{
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return QCoreApplication::translate("parcours-cli", "Cannot write to the standard output.");
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("parcours-cli", "Cannot write %1: %2. Choose another folder.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(bytes);
    if (!file.commit())
        return QCoreApplication::translate("parcours-cli", "Saving %1 failed: %2. Check the disk space.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace parcours
