#include "TestDatabase.h"

#include <QFile>
#include <QUuid>

namespace parcours::testing {

bool testingOnServer()
{
    // CTest's PostgreSQL run sets only the port file's path.
    return qEnvironmentVariable("PARCOURS_TEST_BACKEND") == QLatin1String("postgresql") ||
           qEnvironmentVariableIsSet("PARCOURS_TEST_PG_PORT_FILE");
}

ServerSettings testServerSettings()
{
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.user = QStringLiteral("parcours");
    settings.database = QStringLiteral("parcours_test");
    settings.sslMode = QStringLiteral("disable");
    // The port the start script chose, written beside the server.
    QFile portFile(qEnvironmentVariable("PARCOURS_TEST_PG_PORT_FILE"));
    if (!portFile.fileName().isEmpty() && portFile.open(QIODevice::ReadOnly))
        settings.port = QString::fromLatin1(portFile.readAll()).trimmed().toInt();
    if (qEnvironmentVariableIsSet("PARCOURS_TEST_PG_PORT"))
        settings.port = qEnvironmentVariableIntValue("PARCOURS_TEST_PG_PORT");
    settings.schema = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128);
    return settings;
}

std::unique_ptr<Database> openTestDatabase()
{
    if (testingOnServer())
        return Database::openServer(testServerSettings());
    return Database::openInMemory();
}

} // namespace parcours::testing
