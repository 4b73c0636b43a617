#include "QtStringMaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// As the demo's documented coordinator (DemoAccounts), password from the environment.
Run cli(const QStringList& args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARCOURS_LANG"));
    env.insert(QStringLiteral("PARCOURS_PASSWORD"), QStringLiteral("Parcours-Demo-C1!"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// Raw SQL on the file, as someone with the file but not the application could.
void tamper(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const auto& sql : statements)
            REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST_CASE("audit verify exits 0 on an intact trail and 2 on a tampered one")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("20")})
                .exitCode == 0);
    const QStringList user = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("coordination")};
    Run r =
        cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject ok = QJsonDocument::fromJson(r.out).object();
    CHECK(ok.value(QStringLiteral("intact")).toBool());
    const int rows = ok.value(QStringLiteral("checkedRows")).toInt();
    CHECK(rows >= 1);

    r = cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                               QStringLiteral("demo"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray demo =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
    REQUIRE(demo.size() == 1);
    CHECK(demo[0].toObject().value(QStringLiteral("new")).toString().contains(QStringLiteral("\"size\":20")));

    tamper(db, {QStringLiteral("DROP TRIGGER audit_guard_log_update"),
                QStringLiteral("UPDATE audit_log SET new_value = '{\"size\":2000}' WHERE action = 'demo'")});
    const int demoId = demo[0].toObject().value(QStringLiteral("id")).toInt();
    r = cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(r.exitCode == 2);
    // The message names the row (its wording is French once the translation is in).
    CHECK(r.err.contains(QString::number(demoId)));
    r = cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    const QJsonObject broken = QJsonDocument::fromJson(r.out).object();
    CHECK_FALSE(broken.value(QStringLiteral("intact")).toBool(true));
    CHECK(broken.value(QStringLiteral("firstBrokenId")).toInt() == demoId);
}

TEST_CASE("audit purge --dry-run deletes nothing and a real purge is recorded")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("5")})
                .exitCode == 0);
    const QStringList user = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("coordination")};
    Run r = cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("purge"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toInt() == 0);
    r = cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("purge")});
    REQUIRE(r.exitCode == 0);
    r = cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                               QStringLiteral("purge"), QStringLiteral("--by"),
                               QStringLiteral("coordination"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total")).toInt() == 1);
    CHECK(cli(user + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}
