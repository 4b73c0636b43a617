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
    // Issue 5: every command signs in. Fixtures are made by `demo` (whose
    // coordinator is coordination / Parcours-Demo-C1!) or `init --user`.
    env.insert(QStringLiteral("PARCOURS_PASSWORD"), QStringLiteral("Parcours-Demo-C1!"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI),
            QStringList{QStringLiteral("--user"), QStringLiteral("coordination")} + args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString& name)
{
    return QStringLiteral(PARCOURS_TEST_DATA "/pmi/") + name;
}
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

TEST_CASE("import pmi: dry run writes nothing - the import reports rejected lines in JSON - re-import "
          "creates nobody")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
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
    CHECK(report.value(QStringLiteral("created")).toInt() ==
          dryReport.value(QStringLiteral("created")).toInt());
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
    CHECK(second.value(QStringLiteral("unchanged")).toInt() ==
          report.value(QStringLiteral("created")).toInt());

    auto missing = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"),
                        dir.filePath(QStringLiteral("absent.csv"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("demo, search, show, alerts and export work on demo data")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo =
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
             QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.json().object().value(QStringLiteral("childminders")).toInt() == 300);
    // A second demo into the same base is refused.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
               QStringLiteral("10")})
              .exitCode == 2);

    auto search = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--json"),
                       QStringLiteral("bar")});
    REQUIRE(search.exitCode == 0);
    const auto results = search.json().object().value(QStringLiteral("results")).toArray();
    REQUIRE_FALSE(results.isEmpty());
    const qint64 id = results.at(0).toObject().value(QStringLiteral("id")).toInteger();

    auto show = cli(
        {QStringLiteral("--db"), db, QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().object().value(QStringLiteral("id")).toInteger() == id);
    CHECK(show.json().object().value(QStringLiteral("approvals")).isArray());

    auto alerts = cli({QStringLiteral("--db"), db, QStringLiteral("alerts"),
                       QStringLiteral("--within-months"), QStringLiteral("6"), QStringLiteral("--json")});
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

namespace {
// A list as a PMI service's French Excel saves it: "sep=;" first, Windows-1252,
// CRLF, capitals-only titles, empty columns at the end, an address on three
// physical lines, dates left as serial numbers.
QString writeExcelList(const QTemporaryDir& dir, const QString& name, const QStringList& lines)
{
    const QString text = QStringLiteral("sep=;\r\nNOM;PRENOM;DATE NAISSANCE;ADRESSE 1;ADRESSE 2;CODE POSTAL;"
                                        "VILLE;TELEPHONE;PORTABLE;MAIL;NUMERO AGREMENT;DATE AGREMENT;"
                                        "DATE FIN AGREMENT;NB PLACES;;\r\n") +
                         lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    QByteArray bytes;
    for (const QChar c : text)
        bytes += char(c.unicode() < 0x100 ? c.unicode() : '?');
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE(
    "import pmi: a French Excel export - exact JSON - re-import with other number separators creates nobody")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString list = writeExcelList(
        dir, QStringLiteral("liste.csv"),
        {QStringLiteral(
             "DUPONT;Hélène;27455;\"12 rue de l'Étang\r\nBâtiment B\r\nEscalier 2\";;55000;BAR LE DUC;;"
             "0612345678;h.dupont@orange.fr;55-2015-001;45292;;4;;"),
         QStringLiteral("LEFÈVRE;Géraldine;01/03/82;\"8 place; Saint-Paul\";;55100;Verdun;03 29 00 00 00;;"
                        "g@free.fr;55 2019 014;15/01/2019;2029-01-14 00:00:00;3;;"),
         QStringLiteral("MARTIN;Zoé;1/3/1990;;;55000;Bar-le-Duc;;;zoe@@free.fr;55-2021-003;;;4;;")});
    auto first = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), list,
                      QStringLiteral("--json")});
    CHECK(first.exitCode == 2);
    const QByteArray expectedStart =
        QByteArray(R"({"created":2,"updated":0,"unchanged":0,"absent":0,"rejected":[{"line":7,"reason":")") +
        QStringLiteral("L'adresse électronique « zoe@@free.fr » de la colonne « MAIL » est mal formée.")
            .toUtf8() +
        R"("}],"warnings":[)";
    CHECK(first.out.startsWith(expectedStart));
    CHECK(first.out.endsWith("]}\n"));

    const QString renumbered =
        writeExcelList(dir, QStringLiteral("liste2.csv"),
                       {QStringLiteral("DUPONT;Hélène;;;;55000;BAR LE DUC;;;;55 2015 001;;;4;;"),
                        QStringLiteral("LEFEVRE;Geraldine;;;;55100;Verdun;;;;552019014;;;3;;")});
    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), renumbered,
                      QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("created")).toInt() == 0);
    CHECK(again.json().object().value(QStringLiteral("unchanged")).toInt() == 2);
}

TEST_CASE("import pmi: a workbook, an empty file or a header alone")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString xlsx = dir.filePath(QStringLiteral("liste.xlsx"));
    QFile f(xlsx);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(300, 'x'));
    f.close();
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), xlsx});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("classeur")));

    const QString empty = dir.filePath(QStringLiteral("vide.csv"));
    QFile e(empty);
    REQUIRE(e.open(QIODevice::WriteOnly));
    e.close();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), empty});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("vide")));

    const QString headerOnly = writeExcelList(dir, QStringLiteral("entete.csv"), {});
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"), headerOnly,
             QStringLiteral("--json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out ==
          QByteArray(R"({"created":0,"updated":0,"unchanged":0,"absent":0,"rejected":[],"warnings":[]})"
                     "\n"));
}

TEST_CASE("contact log, coverage and not-reached from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("contacts.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("40")})
                .exitCode == 0);
    auto before = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("coverage"),
                       QStringLiteral("--year"), QStringLiteral("2026")});
    REQUIRE(before.exitCode == 0);
    const int active = before.json().object().value(QStringLiteral("active")).toInt();
    const int reached = before.json().object().value(QStringLiteral("reached")).toInt();
    CHECK(active > 0);
    CHECK(reached < active); // the demo log leaves some people to reach

    auto notReached = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                           QStringLiteral("not-reached"), QStringLiteral("--year"), QStringLiteral("2026"),
                           QStringLiteral("--limit"), QStringLiteral("1000")});
    REQUIRE(notReached.exitCode == 0);
    REQUIRE(notReached.json().array().size() == active - reached);
    const qint64 id = notReached.json().array().at(0).toObject().value(QStringLiteral("id")).toInteger();

    auto logged = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("contact"),
                       QStringLiteral("log"), QString::number(id), QStringLiteral("--staff"),
                       QStringLiteral("Claire Petit"), QStringLiteral("--at"),
                       QStringLiteral("2026-03-02T10:30"), QStringLiteral("--topics"),
                       QStringLiteral("training,career_plan"), QStringLiteral("--follow-up"),
                       QStringLiteral("Envoyer la plaquette MAM"), QStringLiteral("--due"),
                       QStringLiteral("15/03/2026"), QStringLiteral("--assignee"), QStringLiteral("Marie")});
    REQUIRE(logged.exitCode == 0);
    CHECK(logged.json().object().value(QStringLiteral("id")).toInteger() > 0);

    auto after = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("coverage"),
                      QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--by"),
                      QStringLiteral("staff")});
    REQUIRE(after.exitCode == 0);
    CHECK(after.json().object().value(QStringLiteral("reached")).toInt() == reached + 1);
    bool claire = false;
    for (const auto& group : after.json().object().value(QStringLiteral("groups")).toArray())
        claire = claire ||
                 group.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Claire Petit");
    CHECK(claire);

    // Bad input: no staff member (2), unknown channel (1), unknown person (2).
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("contact"), QStringLiteral("log"),
               QString::number(id)})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("contact"), QStringLiteral("log"),
               QString::number(id), QStringLiteral("--staff"), QStringLiteral("X"),
               QStringLiteral("--channel"), QStringLiteral("pigeon")})
              .exitCode == 1);
    const auto unknown = cli({QStringLiteral("--db"), db, QStringLiteral("contact"), QStringLiteral("log"),
                              QStringLiteral("99999"), QStringLiteral("--staff"), QStringLiteral("X")});
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(unknown.err.isEmpty());
}
