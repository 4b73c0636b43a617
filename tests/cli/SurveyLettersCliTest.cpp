// survey letters: the invitation letters (PDF) and the email list (CSV), run as scripts run them.
#include "QtStringMaker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARCOURS_LANG"));
    // Issue 5: every command signs in. Fixtures are made by `demo` (whose
    // coordinator is coordination / Parcours-Demo-C1!) or `init --user`.
    env.insert(QStringLiteral("PARCOURS_PASSWORD"), QStringLiteral("Parcours-Demo-C1!"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(PARCOURS_CLI),
               QStringList{QStringLiteral("--user"), QStringLiteral("coordination")} + args);
}
} // namespace

TEST_CASE("survey letters writes one page per person of the call list and the email list")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("60")})
                .exitCode == 0);
    const auto list = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
                           QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QJsonObject campaign = QJsonDocument::fromJson(list.out)
                                     .object()
                                     .value(QStringLiteral("campaigns"))
                                     .toArray()
                                     .first()
                                     .toObject();
    const QString year = QString::number(campaign.value(QStringLiteral("year")).toInt());
    const int people = campaign.value(QStringLiteral("people")).toInt();
    REQUIRE(people > 0);

    const QString pdf = dir.filePath(QStringLiteral("lettres.pdf"));
    const QString csv = dir.filePath(QStringLiteral("emails.csv"));
    const auto r =
        cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("letters"),
             QStringLiteral("--campaign"), year, QStringLiteral("--out"), pdf, QStringLiteral("--emails"),
             csv, QStringLiteral("--url"), QStringLiteral("https://enquete.example.fr")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QFile::exists(pdf));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out);
        CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(people))));
    }
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const int lines = int(bytes.count('\n'));
    CHECK(lines >= 2); // the header and at least one address: most demo people have an email
    CHECK(lines <= people + 1);
}

TEST_CASE("survey letters refuses a bad status, an unknown campaign and an empty selection")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("lettres.pdf"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("letters"),
               QStringLiteral("--campaign"), QStringLiteral("2026")})
              .exitCode == 1); // no --out
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("letters"),
               QStringLiteral("--campaign"), QStringLiteral("2026"), QStringLiteral("--status"),
               QStringLiteral("nope"), QStringLiteral("--out"), pdf})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("letters"),
               QStringLiteral("--campaign"), QStringLiteral("2026"), QStringLiteral("--out"), pdf})
              .exitCode == 2); // no such campaign
    CHECK_FALSE(QFile::exists(pdf));
}
