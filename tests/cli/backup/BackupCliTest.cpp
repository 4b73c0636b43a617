#include "QtStringMaker.h"

#include <QFile>
#include <QFileInfo>
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

Run cli(const QStringList& args, const QString& passphrase = {})
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PARCOURS_LANG"), QStringLiteral("en")); // messages as in the source
    env.insert(QStringLiteral("PARCOURS_PASSWORD"), QStringLiteral("Relais-Meuse-55!sauvegarde-2026"));
    env.remove(QStringLiteral("PARCOURS_BACKUP_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("PARCOURS_BACKUP_PASSPHRASE"), passphrase);
    // Backup settings come from the user's QSettings: keep the test's apart.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir::tempPath() + QStringLiteral("/parcours-backup-cli-test"));
    p.setProcessEnvironment(env);
    p.setInputChannelMode(QProcess::ManagedInputChannel); // no terminal: nothing is asked
    p.start(QStringLiteral(PARCOURS_CLI), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("backup create, list, verify and restore from the command line", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("parcours.sqlite"));
    QStringList user{QStringLiteral("--user"), QStringLiteral("coordination")};
    if (cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"),
             QStringLiteral("coordination")})
            .exitCode != 0) {
        QFile::remove(db);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        user.clear();
    }
    auto args = [&](QStringList a) { return QStringList{QStringLiteral("--db"), db} + a + user; };

    auto created = cli(args({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString backup = created.json().value(QStringLiteral("path")).toString();
    CHECK(QFileInfo(backup).absolutePath().endsWith(QStringLiteral("/sauvegardes/parcours")));
    CHECK(QFileInfo(backup).fileName().endsWith(QStringLiteral("Z_manuelle.sqlite")));

    auto listed = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("backup"),
                       QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    const auto backups = listed.json().value(QStringLiteral("backups")).toArray();
    REQUIRE(backups.size() == 1);
    CHECK(backups.at(0).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("manuelle"));

    auto verified =
        cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("verify"), backup});
    CHECK(verified.exitCode == 0);

    // Encrypted to an explicit file; the wrong passphrase and a truncated copy are refused.
    const QString encrypted = dir.filePath(QStringLiteral("copie.sqlite.chiffre"));
    auto enc = cli(args({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--encrypt"),
                         QStringLiteral("--out"), encrypted}),
                   QStringLiteral("phrase de passe du relais"));
    INFO(enc.err.toStdString());
    REQUIRE(enc.exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("verify"), encrypted},
              QStringLiteral("phrase de passe du relais"))
              .exitCode == 0);
    auto wrong =
        cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("verify"), encrypted},
            QStringLiteral("autre phrase"));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("passphrase is wrong")));
    auto noPassphrase =
        cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("verify"), encrypted});
    CHECK(noPassphrase.exitCode == 1);

    QFile full(encrypted);
    REQUIRE(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    full.close();
    const QString truncated = dir.filePath(QStringLiteral("tronquee.sqlite.chiffre"));
    QFile cut(truncated);
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() - 40));
    cut.close();
    auto refused = cli(args({QStringLiteral("backup"), QStringLiteral("restore"), truncated}),
                       QStringLiteral("phrase de passe du relais"));
    CHECK(refused.exitCode == 2);
    CHECK(QFileInfo::exists(db));

    auto restored =
        cli(args({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), encrypted}),
            QStringLiteral("phrase de passe du relais"));
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QString previous = restored.json().value(QStringLiteral("previous")).toString();
    CHECK(previous.contains(QStringLiteral("parcours.avant-restauration-")));
    CHECK(QFileInfo::exists(previous));
    CHECK(
        cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("verify"), db}).exitCode ==
        0);
}
