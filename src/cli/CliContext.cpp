#include "CliContext.h"

#include "AppContext.h"

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

} // namespace parcours
