// retention run and anonymise, run as scripts run them: signed in with
// --user and PARCOURS_PASSWORD, JSON on stdout, exit codes.
#include "QtStringMaker.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {
const QString kPassword = QStringLiteral("Correct-Cheval-Agrafe-42!");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    // English: the French of these new strings arrives with the next .ts update.
    env.insert(QStringLiteral("PARCOURS_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("PARCOURS_PASSWORD"), kPassword);
    env.insert(QStringLiteral("PARCOURS_NEW_PASSWORD"), kPassword);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("retention run --dry-run lists what is due as JSON or text and changes nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("coord"),
                  QStringLiteral("init")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList signedIn = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                                  QStringLiteral("coord")};

    r = cli(signedIn + QStringList{QStringLiteral("--json"), QStringLiteral("retention"),
                                   QStringLiteral("run"), QStringLiteral("--dry-run")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject plan = r.json();
    const QDate today = QDate::fromString(plan[QStringLiteral("today")].toString(), Qt::ISODate);
    REQUIRE(today.isValid());
    const QJsonObject anonymise = plan[QStringLiteral("anonymise")].toObject();
    CHECK(anonymise[QStringLiteral("cutoff")].toString() == today.addYears(-5).toString(Qt::ISODate));
    CHECK(anonymise[QStringLiteral("count")].toInt() == 0);
    CHECK(plan[QStringLiteral("deleteProspects")].toObject()[QStringLiteral("cutoff")].toString() ==
          today.addYears(-3).toString(Qt::ISODate));
    CHECK(plan[QStringLiteral("clearContactNotes")].toObject()[QStringLiteral("enabled")].toBool());

    r = cli(signedIn +
            QStringList{QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("0 childminder(s) to anonymise")));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("Dry run: nothing was changed.")));

    r = cli(signedIn +
            QStringList{QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("run")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("anonymised")].toInt() == 0);

    // Signed out: refused, with the reason.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("retention"), QStringLiteral("run"),
             QStringLiteral("--dry-run")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("--user")));
}

TEST_CASE("anonymise refuses an unknown number and asks before acting")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("coord"),
                 QStringLiteral("init")})
                .exitCode == 0);
    const QStringList signedIn = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                                  QStringLiteral("coord")};
    auto r = cli(signedIn +
                 QStringList{QStringLiteral("anonymise"), QStringLiteral("42"), QStringLiteral("--yes")});
    CHECK(r.exitCode == 2);
    r = cli(signedIn + QStringList{QStringLiteral("anonymise")});
    CHECK(r.exitCode == 1);
}
