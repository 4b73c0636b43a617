// training list, enrol and attend, run as scripts run them.
#include "QtStringMaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

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

// The CLI creates no courses: the fixture rows go in with the sqlite3 shell,
// as another program writing the same file would.
void sql(const QString& db, const QString& statements)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db});
    REQUIRE(p.waitForStarted());
    p.write(statements.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    REQUIRE(p.readAllStandardError().isEmpty());
}

const QString kFixture = QStringLiteral(
    "PRAGMA foreign_keys=ON;"
    "INSERT INTO childminders(id, usage_name, first_name, status, sort_name, identity_key, "
    "birth_identity_key, "
    "version, created_at, updated_at) VALUES "
    "(1, 'Lefèvre', 'Hélène', 'active', 'lefevre helene', 'k1', 'b1', 1, '2026-01-01', '2026-01-01'),"
    "(2, 'Martin', 'Zoé', 'active', 'martin zoe', 'k2', 'b2', 1, '2026-01-01', '2026-01-01'),"
    "(3, 'Durand', 'Claire', 'active', 'durand claire', 'k3', 'b3', 1, '2026-01-01', '2026-01-01');"
    "INSERT INTO training_courses(id, title, kind, hours) VALUES (1, 'Éveil du tout-petit', 'continuing', "
    "21),"
    "(2, 'Bloc 1', 'initial_block1', 30);"
    "INSERT INTO training_sessions(id, course_id, start_date, end_date, hours, place, capacity) VALUES "
    "(10, 1, '2026-01-05', '2026-01-07', 21, 'Verdun', 2),"
    "(11, 2, '2030-05-06', '2030-05-10', 30, 'Bar-le-Duc', 12),"
    "(12, 1, '2020-01-06', '2020-01-08', 21, 'Commercy', 0);");
} // namespace

TEST_CASE("training list shows sessions with places left, filtered by dates and kind")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    sql(db, kFixture);

    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list"),
                  QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    QJsonArray sessions = r.json().value(QStringLiteral("sessions")).toArray();
    REQUIRE(sessions.size() == 3);
    // Coming sessions first, soonest first; then past ones, latest first.
    CHECK(sessions[0].toObject().value(QStringLiteral("id")).toInt() == 11);
    CHECK(sessions[1].toObject().value(QStringLiteral("id")).toInt() == 10);
    CHECK(sessions[2].toObject().value(QStringLiteral("id")).toInt() == 12);
    CHECK(sessions[1].toObject().value(QStringLiteral("placesLeft")).toInt() == 2);
    CHECK(sessions[1].toObject().value(QStringLiteral("start")).toString() == QStringLiteral("2026-01-05"));
    CHECK(sessions[1].toObject().value(QStringLiteral("course")).toString() ==
          QStringLiteral("Éveil du tout-petit"));
    CHECK(sessions[2].toObject().value(QStringLiteral("placesLeft")).isNull());

    r = cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list"),
             QStringLiteral("--from"), QStringLiteral("01/01/2026"), QStringLiteral("--to"),
             QStringLiteral("2026-04-30"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    sessions = r.json().value(QStringLiteral("sessions")).toArray();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].toObject().value(QStringLiteral("id")).toInt() == 10);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list"),
             QStringLiteral("--kind"), QStringLiteral("initial_block1"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    sessions = r.json().value(QStringLiteral("sessions")).toArray();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("initial_block1"));

    // Plain text: one line per session.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n')).size() == 3);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("05/01/2026")));

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list"),
               QStringLiteral("--from"), QStringLiteral("31/02/2026")})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list"),
               QStringLiteral("--kind"), QStringLiteral("cooking")})
              .exitCode == 1);
}

TEST_CASE("training enrol takes the places then records wishes - training attend records the hours")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    sql(db, kFixture);
    auto enrol = [&](const QString& person, const QStringList& extra = {}) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("training"),
                               QStringLiteral("enrol"), QStringLiteral("10"), person,
                               QStringLiteral("--json")} +
                   extra);
    };
    auto r = enrol(QStringLiteral("1"));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("status")).toString() == QStringLiteral("enrolled"));
    REQUIRE(enrol(QStringLiteral("2")).exitCode == 0);
    // Session 10 has 2 places: a third enrolment is refused (exit 2), a wish is recorded.
    r = enrol(QStringLiteral("3"));
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    r = enrol(QStringLiteral("3"), {QStringLiteral("--status"), QStringLiteral("wish")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("status")).toString() == QStringLiteral("wish"));
    CHECK(enrol(QStringLiteral("1")).exitCode == 2);   // already on the list
    CHECK(enrol(QStringLiteral("999")).exitCode == 2); // nobody
    CHECK(enrol(QStringLiteral("2"), {QStringLiteral("--status"), QStringLiteral("certified")}).exitCode ==
          1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("enrol"),
               QStringLiteral("10")})
              .exitCode == 1);

    auto list = cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("list"),
                     QStringLiteral("--json")});
    const QJsonObject first = list.json().value(QStringLiteral("sessions")).toArray()[1].toObject();
    REQUIRE(first.value(QStringLiteral("id")).toInt() == 10);
    CHECK(first.value(QStringLiteral("enrolled")).toInt() == 2);
    CHECK(first.value(QStringLiteral("wishes")).toInt() == 1);
    CHECK(first.value(QStringLiteral("placesLeft")).toInt() == 0);

    auto attend = [&](const QString& person, const QStringList& extra = {}) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("training"),
                               QStringLiteral("attend"), QStringLiteral("10"), person,
                               QStringLiteral("--json")} +
                   extra);
    };
    r = attend(QStringLiteral("1"));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("hoursDone")).toDouble() == 21);
    CHECK(r.json().value(QStringLiteral("status")).toString() == QStringLiteral("attended"));
    r = attend(QStringLiteral("2"), {QStringLiteral("--hours"), QStringLiteral("10,5")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("hoursDone")).toDouble() == 10.5);
    CHECK(attend(QStringLiteral("2"), {QStringLiteral("--hours"), QStringLiteral("22")}).exitCode == 2);
    CHECK(attend(QStringLiteral("3")).exitCode == 2); // a wish cannot be attended
    // Session 11 has not started: nobody attended it yet.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("enrol"),
                 QStringLiteral("11"), QStringLiteral("3")})
                .exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("attend"),
               QStringLiteral("11"), QStringLiteral("3")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("training"), QStringLiteral("attend"),
               QStringLiteral("11"), QStringLiteral("1")})
              .exitCode == 2); // not enrolled there
    CHECK(attend(QStringLiteral("1"), {QStringLiteral("--hours"), QStringLiteral("beaucoup")}).exitCode == 1);
}
