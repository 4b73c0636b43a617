// survey summary, run as scripts run it: JSON on stdout or in a file, PDF, exit codes.
#include "QtStringMaker.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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

// A figure of the JSON: a number, or "< 5" for 1 to 4 people.
bool isFigure(const QJsonValue& v)
{
    return (v.isDouble() && (v.toInt() == 0 || v.toInt() >= 5)) || v.toString() == QStringLiteral("< 5");
}
} // namespace

TEST_CASE("survey summary writes the campaign summary as JSON or PDF with the usual exit codes")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("80")})
                .exitCode == 0);
    // The demo's campaign of last year is finished.
    const QString year = QString::number(QDate::currentDate().year() - 1);
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("survey"),
                              QStringLiteral("summary")};

    auto r = cli(base + QStringList{QStringLiteral("--campaign"), year});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject summary = r.json();
    CHECK(summary[QStringLiteral("year")].toInt() == year.toInt());
    CHECK(summary[QStringLiteral("suppressSmallCells")].toBool());
    const QJsonObject reach = summary[QStringLiteral("reach")].toObject();
    CHECK(reach[QStringLiteral("inScope")].toInt() > 5);
    CHECK(isFigure(reach[QStringLiteral("responded")]));
    CHECK_FALSE(summary[QStringLiteral("questions")].toArray().isEmpty());
    for (const auto& relay : summary[QStringLiteral("reachByRelay")].toArray())
        CHECK(isFigure(relay.toObject()[QStringLiteral("responded")]));
    CHECK_FALSE(summary[QStringLiteral("includesFreeTexts")].toBool());

    // One relay, to a file through --out, with --json reporting where it went.
    const qint64 relay = summary[QStringLiteral("reachByRelay")]
                             .toArray()[0]
                             .toObject()[QStringLiteral("relayId")]
                             .toInteger();
    const QString jsonFile = dir.filePath(QStringLiteral("synthese.json"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("summary"), QStringLiteral("--campaign"), year, QStringLiteral("--rpe"),
             QString::number(relay), QStringLiteral("--free-texts"), QStringLiteral("--out"), jsonFile});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("file")].toString() == jsonFile);
    QFile f(jsonFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject one = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(one[QStringLiteral("relayId")].toInteger() == relay);
    CHECK(one[QStringLiteral("includesFreeTexts")].toBool());
    CHECK(one[QStringLiteral("reachByRelay")].toArray().size() == 1);

    // PDF, chosen from the file name.
    const QString pdf = dir.filePath(QStringLiteral("synthese.pdf"));
    r = cli(base + QStringList{QStringLiteral("--campaign"), year, QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(5) == QByteArray("%PDF-"));

    // Usage errors exit 1, unknown campaign or relay 2.
    CHECK(cli(base).exitCode == 1);
    CHECK(cli(base + QStringList{QStringLiteral("--campaign"), year, QStringLiteral("--format"),
                                 QStringLiteral("xml")})
              .exitCode == 1);
    CHECK(cli(base + QStringList{QStringLiteral("--campaign"), year, QStringLiteral("--format"),
                                 QStringLiteral("pdf")})
              .exitCode == 1); // a PDF needs --out
    r = cli(base + QStringList{QStringLiteral("--campaign"), QStringLiteral("2099")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("2099")));
    CHECK(cli(base + QStringList{QStringLiteral("--campaign"), year, QStringLiteral("--rpe"),
                                 QStringLiteral("99999")})
              .exitCode == 2);
}

TEST_CASE("survey summary gives the same figures in the PDF as in the JSON")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("300")})
                .exitCode == 0);
    const QString year = QString::number(QDate::currentDate().year() - 1);
    const QStringList base = {QStringLiteral("--db"),       db,
                              QStringLiteral("survey"),     QStringLiteral("summary"),
                              QStringLiteral("--campaign"), year};
    const Run json = cli(base);
    REQUIRE(json.exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("synthese.pdf"));
    REQUIRE(cli(base + QStringList{QStringLiteral("--out"), pdf}).exitCode == 0);

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    REQUIRE_FALSE(pages.isEmpty());

    // Each RPE's line of the reach table: its name (long ones wrap in the
    // cell, so its first words), then the figures the JSON gives ("< 5" may
    // lose its space in the text layout).
    auto shown = [](const QJsonValue& v) {
        if (v.isString())
            return QRegularExpression::escape(v.toString())
                .replace(QStringLiteral("\\ "), QStringLiteral("\\s*"));
        return QString::number(v.toInt());
    };
    auto firstWords = [](const QString& name) { return name.section(QLatin1Char(' '), 0, 2); };
    const QJsonArray relays = json.json()[QStringLiteral("reachByRelay")].toArray();
    REQUIRE(relays.size() >= 3);
    for (const auto& value : relays) {
        const QJsonObject relay = value.toObject();
        const QString pattern =
            QRegularExpression::escape(firstWords(relay[QStringLiteral("relayName")].toString())) +
            QStringLiteral("[^\\n]*?\\s") + shown(relay[QStringLiteral("inScope")]) + QStringLiteral("\\s+") +
            shown(relay[QStringLiteral("contacted")]) + QStringLiteral("\\s+") +
            shown(relay[QStringLiteral("responded")]) + QStringLiteral("\\s");
        INFO(pattern.toStdString());
        CHECK(pages.contains(QRegularExpression(pattern)));
    }
    // And the campaign's own figures.
    const QJsonObject reach = json.json()[QStringLiteral("reach")].toObject();
    CHECK(pages.contains(QRegularExpression(
        QStringLiteral("\\s") + shown(reach[QStringLiteral("responded")]) + QStringLiteral("\\s"))));
}
