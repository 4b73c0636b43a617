#include "ServerConnectionSettings.h"

#include <QSettings>

namespace parcours {

ServerSettings ServerConnectionSettings::load()
{
    QSettings store;
    ServerSettings s;
    store.beginGroup(QStringLiteral("server"));
    s.host = store.value(QStringLiteral("host"), s.host).toString();
    s.port = store.value(QStringLiteral("port"), s.port).toInt();
    s.database = store.value(QStringLiteral("database"), s.database).toString();
    s.user = store.value(QStringLiteral("user"), qEnvironmentVariable("USER")).toString();
    s.sslMode = store.value(QStringLiteral("sslmode"), s.sslMode).toString();
    s.schema = store.value(QStringLiteral("schema")).toString();
    return s;
}

bool ServerConnectionSettings::connectAtStartup()
{
    return QSettings().value(QStringLiteral("server/atStartup"), false).toBool();
}

void ServerConnectionSettings::save(const ServerSettings& settings, bool atStartup)
{
    QSettings store;
    store.beginGroup(QStringLiteral("server"));
    store.setValue(QStringLiteral("host"), settings.host);
    store.setValue(QStringLiteral("port"), settings.port);
    store.setValue(QStringLiteral("database"), settings.database);
    store.setValue(QStringLiteral("user"), settings.user);
    store.setValue(QStringLiteral("sslmode"), settings.sslMode);
    store.setValue(QStringLiteral("schema"), settings.schema);
    store.setValue(QStringLiteral("atStartup"), atStartup);
}

} // namespace parcours
