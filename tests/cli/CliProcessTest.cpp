#include "QtStringMaker.h"

#include <QFile>
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
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList& args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARCOURS_LANG"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString& name) { return QStringLiteral(PARCOURS_TEST_DATA "/pmi/") + name; }
} // namespace

TEST_CASE("init creates a database - usage errors exit 1 with a French message")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(r.exitCode == 0);
    CHECK(QFile::exists(db));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Commande inconnue")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("show")});
    CHECK(r.exitCode == 1);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("alerts"), QStringLiteral("--within-months"),
             QStringLiteral("beaucoup")});
    CHECK(r.exitCode == 1);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("42")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("A file that is not a database is a database error (exit 3)")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("texte.sqlite"));
    QFile f(db);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("pas une base de donnees\n").repeated(50));
    f.close();
    const auto r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("x")});
    CHECK(r.exitCode == 3);
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE("import pmi: dry run writes nothing - the import reports rejected lines in JSON - re-import creates nobody")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    const QString list = fixture(QStringLiteral("liste-pmi-cp1252.csv"));
    REQUIRE(QFile::exists(list));

    auto dry = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), list,
                    QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK(dry.exitCode == 2); // the fixture has bad rows
    const auto dryReport = dry.json().object();
    CHECK(dryReport.value(QStringLiteral("created")).toInt() > 0);
    auto search = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"),
                       QStringLiteral("a")});
    CHECK(search.json().object().value(QStringLiteral("total")).toInt() == 0);

    auto first = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), list,
                      QStringLiteral("--json")});
    CHECK(first.exitCode == 2);
    const auto report = first.json().object();
    CHECK(report.keys().contains(QStringLiteral("absent")));
    CHECK(report.value(QStringLiteral("created")).toInt() == dryReport.value(QStringLiteral("created")).toInt());
    const auto rejected = report.value(QStringLiteral("rejected")).toArray();
    REQUIRE_FALSE(rejected.isEmpty());
    for (const auto& r : rejected) {
        CHECK(r.toObject().value(QStringLiteral("line")).toInt() > 1);
        CHECK_FALSE(r.toObject().value(QStringLiteral("reason")).toString().isEmpty());
    }

    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), list,
                      QStringLiteral("--json")});
    const auto second = again.json().object();
    CHECK(second.value(QStringLiteral("created")).toInt() == 0);
    CHECK(second.value(QStringLiteral("unchanged")).toInt() == report.value(QStringLiteral("created")).toInt());

    auto missing = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"),
                        dir.filePath(QStringLiteral("absent.csv"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("demo, search, show, alerts and export work on demo data")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.json().object().value(QStringLiteral("childminders")).toInt() == 300);
    // A second demo into the same base is refused.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("10")})
              .exitCode == 2);

    auto search = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--json"),
                       QStringLiteral("bar")});
    REQUIRE(search.exitCode == 0);
    const auto results = search.json().object().value(QStringLiteral("results")).toArray();
    REQUIRE_FALSE(results.isEmpty());
    const qint64 id = results.at(0).toObject().value(QStringLiteral("id")).toInteger();

    auto show = cli({QStringLiteral("--db"), db, QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().object().value(QStringLiteral("id")).toInteger() == id);
    CHECK(show.json().object().value(QStringLiteral("approvals")).isArray());

    auto alerts = cli({QStringLiteral("--db"), db, QStringLiteral("alerts"), QStringLiteral("--within-months"),
                       QStringLiteral("6"), QStringLiteral("--json")});
    REQUIRE(alerts.exitCode == 0);
    REQUIRE(alerts.json().isArray());
    CHECK_FALSE(alerts.json().array().isEmpty());
    CHECK_FALSE(alerts.json().array().at(0).toObject().value(QStringLiteral("message")).toString().isEmpty());

    const QString csv = dir.filePath(QStringLiteral("am.csv"));
    auto exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("childminders"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    REQUIRE(exported.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 301);

    auto json = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("childminders"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().array().size() == 300);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("childminders"),
               QStringLiteral("--format"), QStringLiteral("xls")})
              .exitCode == 1);
}
