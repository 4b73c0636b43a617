// person export and isolation, run as scripts run them: JSON on stdout or in a
// file, PDF checked with pdftotext, exit codes.
#include "QtStringMaker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
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
    REQUIRE(p.waitForFinished(180000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct DemoDb
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoDb()
    {
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                     QStringLiteral("60")})
                    .exitCode == 0);
    }
    Run run(const QStringList& args) const { return cli(QStringList{QStringLiteral("--db"), db} + args); }
};
} // namespace

TEST_CASE("person export writes her file as JSON to stdout or a file, and as a PDF")
{
    DemoDb demo;
    auto r = demo.run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject file = r.json();
    const QJsonObject identity = file[QStringLiteral("identity")].toObject();
    CHECK(identity[QStringLiteral("id")].toInteger() == 1);
    const QString name = identity[QStringLiteral("name")].toString();
    REQUIRE_FALSE(name.isEmpty());
    const QJsonArray timeline = file[QStringLiteral("timeline")].toArray();
    REQUIRE_FALSE(timeline.isEmpty());
    // Newest first.
    for (int i = 1; i < timeline.size(); ++i)
        CHECK(timeline[i - 1][QStringLiteral("date")].toString() >=
              timeline[i][QStringLiteral("date")].toString());

    const QString jsonPath = demo.dir.filePath(QStringLiteral("fiche.json"));
    r = demo.run({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("export"),
                  QStringLiteral("1"), QStringLiteral("--out"), jsonPath});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("format")].toString() == QStringLiteral("json"));
    QFile saved(jsonPath);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(saved.readAll())
              .object()[QStringLiteral("identity")][QStringLiteral("name")] == name);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext missing: the PDF is not checked");
        return;
    }
    const QString pdfPath = demo.dir.filePath(QStringLiteral("fiche.pdf"));
    r = demo.run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdfPath);
    CHECK(text.contains(name));
    const QJsonValue approval = file[QStringLiteral("approval")];
    if (approval.isObject())
        CHECK(text.contains(approval[QStringLiteral("number")].toString()));
    CHECK(text.contains(timeline[0][QStringLiteral("title")].toString().left(20)));
}

TEST_CASE("person export refuses a bad id, an unknown person and a PDF with no file")
{
    DemoDb demo;
    CHECK(demo.run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("abc")}).exitCode ==
          1);
    CHECK(demo.run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                    QStringLiteral("--format"), QStringLiteral("pdf")})
              .exitCode == 1);
    CHECK(demo.run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("1"),
                    QStringLiteral("--format"), QStringLiteral("xml")})
              .exitCode == 1);
    const auto r = demo.run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("99999")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("99999")));
}

TEST_CASE("isolation gives the counts per RPE and the people of one RPE as JSON")
{
    DemoDb demo;
    auto r = demo.run({QStringLiteral("--json"), QStringLiteral("isolation")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject all = r.json();
    CHECK(all[QStringLiteral("months")].toInt() == 12);
    const QJsonArray relays = all[QStringLiteral("relays")].toArray();
    REQUIRE_FALSE(relays.isEmpty());
    int active = 0;
    for (const auto& relay : relays) {
        CHECK(relay[QStringLiteral("isolated")].toInt() <= relay[QStringLiteral("active")].toInt());
        active += relay[QStringLiteral("active")].toInt();
    }
    CHECK(active > 0);

    const QJsonObject first = relays[0].toObject();
    r = demo.run({QStringLiteral("--json"), QStringLiteral("isolation"), QStringLiteral("--rpe"),
                  QString::number(first[QStringLiteral("rpe")].toInteger())});
    REQUIRE(r.exitCode == 0);
    const QJsonObject one = r.json();
    CHECK(one[QStringLiteral("total")].toInt() == first[QStringLiteral("isolated")].toInt());
    CHECK(one[QStringLiteral("people")].toArray().size() == first[QStringLiteral("isolated")].toInt());

    CHECK(
        demo.run({QStringLiteral("isolation"), QStringLiteral("--rpe"), QStringLiteral("99999")}).exitCode ==
        2);
    CHECK(demo.run({QStringLiteral("isolation"), QStringLiteral("--rpe"), QStringLiteral("x")}).exitCode ==
          1);
}
