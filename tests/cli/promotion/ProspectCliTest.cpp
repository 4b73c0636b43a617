// prospects add, advance, list and funnel, run as scripts run them.
#include "QtStringMaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList& args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARCOURS_LANG"));
    // Issue 5: every command signs in. Fixtures are made by `demo` (whose
    // coordinator is coordination / Parcours-Demo-C1!) or `init --user`.
    env.insert(QStringLiteral("PARCOURS_PASSWORD"), QStringLiteral("Parcours-Demo-C1!"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI),
            QStringList{QStringLiteral("--user"), QStringLiteral("coordination")} + args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

qint64 add(const QString& db, const QString& last, const QString& channel, const QString& firstContact)
{
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("add"),
                       QStringLiteral("--last-name"), last, QStringLiteral("--first-name"),
                       QStringLiteral("Léa"), QStringLiteral("--channel"), channel,
                       QStringLiteral("--first-contact"), firstContact, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().value(QStringLiteral("id")).toInteger();
}

void advance(const QString& db, qint64 id, const QString& stage, const QString& date,
             const QString& reason = QString())
{
    QStringList args = {QStringLiteral("--db"),
                        db,
                        QStringLiteral("prospects"),
                        QStringLiteral("advance"),
                        QString::number(id),
                        QStringLiteral("--stage"),
                        stage,
                        QStringLiteral("--date"),
                        date};
    if (!reason.isEmpty())
        args << QStringLiteral("--reason") << reason;
    const Run r = cli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QJsonObject stageOf(const QJsonObject& funnel, const QString& key)
{
    for (const auto& v : funnel.value(QStringLiteral("stages")).toArray())
        if (v.toObject().value(QStringLiteral("stage")).toString() == key)
            return v.toObject();
    return {};
}
} // namespace

TEST_CASE("prospects funnel counts stages by channel and period as JSON", "[promotion]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const qint64 a =
        add(db, QStringLiteral("Aubry"), QStringLiteral("job_forum"), QStringLiteral("10/01/2025"));
    const qint64 b =
        add(db, QStringLiteral("Bastien"), QStringLiteral("job_forum"), QStringLiteral("2025-02-10"));
    const qint64 c =
        add(db, QStringLiteral("Collin"), QStringLiteral("france_travail"), QStringLiteral("2025-03-10"));
    add(db, QStringLiteral("Durand"), QStringLiteral("france_travail"), QStringLiteral("2024-06-01"));
    advance(db, a, QStringLiteral("training"), QStringLiteral("2025-04-01"));
    advance(db, a, QStringLiteral("dropped"), QStringLiteral("2025-05-01"), QStringLiteral("Déménagement"));
    advance(db, b, QStringLiteral("approved"), QStringLiteral("2025-10-01"));
    advance(db, c, QStringLiteral("info_meeting"), QStringLiteral("2025-04-01"));

    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("funnel"),
                 QStringLiteral("--from"), QStringLiteral("01/01/2025"), QStringLiteral("--to"),
                 QStringLiteral("2025-12-31"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject funnel = r.json();
    CHECK(funnel.value(QStringLiteral("total")).toInt() == 3);
    CHECK(funnel.value(QStringLiteral("dropped")).toInt() == 1);
    CHECK(funnel.value(QStringLiteral("from")).toString() == QStringLiteral("2025-01-01"));
    CHECK(stageOf(funnel, QStringLiteral("interested")).value(QStringLiteral("reached")).toInt() == 3);
    CHECK(stageOf(funnel, QStringLiteral("interested")).value(QStringLiteral("conversion")).isNull());
    CHECK(stageOf(funnel, QStringLiteral("info_meeting")).value(QStringLiteral("reached")).toInt() == 3);
    CHECK(stageOf(funnel, QStringLiteral("training")).value(QStringLiteral("reached")).toInt() == 2);
    // Immersion: Aubry and Bastien of the 3 at the meeting; both went on to training.
    CHECK(stageOf(funnel, QStringLiteral("immersion")).value(QStringLiteral("conversion")).toDouble() ==
          Approx(2.0 / 3));
    CHECK(stageOf(funnel, QStringLiteral("training")).value(QStringLiteral("conversion")).toDouble() ==
          Approx(1.0));
    CHECK(stageOf(funnel, QStringLiteral("approved")).value(QStringLiteral("reached")).toInt() == 1);
    CHECK(stageOf(funnel, QStringLiteral("first_child")).value(QStringLiteral("reached")).toInt() == 0);
    const QJsonArray channels = funnel.value(QStringLiteral("byChannel")).toArray();
    REQUIRE(channels.size() == 2);
    CHECK(channels[0].toObject().value(QStringLiteral("channel")).toString() == QStringLiteral("job_forum"));
    CHECK(channels[0].toObject().value(QStringLiteral("total")).toInt() == 2);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("funnel"),
             QStringLiteral("--channel"), QStringLiteral("france_travail"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("total")).toInt() == 2);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("funnel"),
             QStringLiteral("--channel"), QStringLiteral("pigeon")});
    CHECK(r.exitCode == 1);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("funnel"),
             QStringLiteral("--from"), QStringLiteral("31/02/2025")});
    CHECK(r.exitCode == 1);
}

TEST_CASE("prospects list filters by stage and refuses backward stages", "[promotion]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const qint64 a = add(db, QStringLiteral("Aubry"), QStringLiteral("rpe"), QStringLiteral("2025-01-10"));
    add(db, QStringLiteral("Bastien"), QStringLiteral("press"), QStringLiteral("2025-01-10"));
    advance(db, a, QStringLiteral("immersion"), QStringLiteral("2025-02-01"));

    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("list"),
                 QStringLiteral("--stage"), QStringLiteral("immersion"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("total")).toInt() == 1);
    const QJsonArray rows = r.json().value(QStringLiteral("prospects")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("lastName")).toString() == QStringLiteral("Aubry"));
    CHECK(rows[0].toObject().value(QStringLiteral("stageDate")).toString() == QStringLiteral("2025-02-01"));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("list"),
             QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("total")).toInt() == 2);

    // Backwards: refused with exit code 2 and a message.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("advance"),
             QString::number(a), QStringLiteral("--stage"), QStringLiteral("info_meeting")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    // Dropping without a reason is refused too.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("prospects"), QStringLiteral("advance"),
             QString::number(a), QStringLiteral("--stage"), QStringLiteral("dropped")});
    CHECK(r.exitCode == 2);
}
