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
};

// No --user unless given; the passwords through the environment, as a
// scheduled job would pass them. stdin is not a terminal here, so nothing is
// ever asked.
Run cli(const QStringList& args, const QString& password = {}, const QString& newPassword = {})
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PARCOURS_LANG"), QStringLiteral("en")); // messages as in the source
    env.remove(QStringLiteral("PARCOURS_PASSWORD"));
    env.remove(QStringLiteral("PARCOURS_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("PARCOURS_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("PARCOURS_NEW_PASSWORD"), newPassword);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

const QString kCoordinatorPassword = QStringLiteral("Verdun-Meuse-2026!");
const QString kReaderPassword = QStringLiteral("Lecture-Seule-55?");
} // namespace

TEST_CASE("CLI security - init creates the first coordinator and refuses a weak password with reasons")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"),
                  QStringLiteral("cpetit")},
                 QStringLiteral("meuse2026"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("This password is refused")));
    CHECK(r.err.contains(QStringLiteral("80")));

    // Without an account, no command may run: exit 4 and what to do.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("Martin")});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("init --user")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"),
             QStringLiteral("cpetit")},
            kCoordinatorPassword);
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("cpetit")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cpetit"),
             QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")},
            kCoordinatorPassword);
    REQUIRE(r.exitCode == 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out).array();
    REQUIRE(users.size() == 1);
    CHECK(users[0].toObject()[QStringLiteral("role")].toString() == QStringLiteral("coordinator"));
}

TEST_CASE("CLI security - --user with a right or wrong password, and a read-only user refused a write")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"),
                 QStringLiteral("cpetit")},
                kCoordinatorPassword)
                .exitCode == 0);

    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("Martin")});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("--user")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cpetit"),
             QStringLiteral("search"), QStringLiteral("Martin")},
            QStringLiteral("Mauvais-Mot-2026!"));
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("wrong password")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cpetit"),
             QStringLiteral("search"), QStringLiteral("Martin")},
            kCoordinatorPassword);
    CHECK(r.exitCode == 0);

    // A weak password for a new account is refused; a strong one is taken.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cpetit"),
             QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alecture"),
             QStringLiteral("--role"), QStringLiteral("read_only")},
            kCoordinatorPassword, QStringLiteral("court"));
    CHECK(r.exitCode == 2);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cpetit"),
             QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alecture"),
             QStringLiteral("--role"), QStringLiteral("read_only"), QStringLiteral("--name"),
             QStringLiteral("Alain Lecture")},
            kCoordinatorPassword, kReaderPassword);
    REQUIRE(r.exitCode == 0);

    // The reader reads, but may neither import nor manage users.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("alecture"),
             QStringLiteral("search"), QStringLiteral("Martin")},
            kReaderPassword);
    CHECK(r.exitCode == 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("alecture"),
             QStringLiteral("import"), QStringLiteral("pmi"),
             QStringLiteral(PARCOURS_TEST_DATA "/pmi/liste-pmi-cp1252.csv")},
            kReaderPassword);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("read only")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("alecture"),
             QStringLiteral("users"), QStringLiteral("list")},
            kReaderPassword);
    CHECK(r.exitCode == 4);

    // Promoted by the coordinator, the same person may import.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cpetit"),
                 QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("alecture"),
                 QStringLiteral("contact_staff")},
                kCoordinatorPassword)
                .exitCode == 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("alecture"),
             QStringLiteral("import"), QStringLiteral("pmi"),
             QStringLiteral(PARCOURS_TEST_DATA "/pmi/liste-pmi-cp1252.csv"), QStringLiteral("--dry-run")},
            kReaderPassword);
    CHECK(r.exitCode == 2); // signed in and allowed: the fixture's bad rows give 2, not 4
    CHECK_FALSE(r.err.contains(QStringLiteral("role")));
}

TEST_CASE("CLI security - demo documents one account per role and passwd changes one's own password")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto help = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("lecture / Parcours-Demo-L3!")));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("20")})
                .exitCode == 0);
    for (const auto& [login, password, canList] :
         {std::tuple{QStringLiteral("coordination"), QStringLiteral("Parcours-Demo-C1!"), true},
          std::tuple{QStringLiteral("contact"), QStringLiteral("Parcours-Demo-S2!"), false},
          std::tuple{QStringLiteral("lecture"), QStringLiteral("Parcours-Demo-L3!"), false}}) {
        const auto r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), login,
                            QStringLiteral("users"), QStringLiteral("list")},
                           password);
        CHECK(r.exitCode == (canList ? 0 : 4));
    }
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("contact"),
                  QStringLiteral("passwd")},
                 QStringLiteral("Parcours-Demo-S2!"), QStringLiteral("Nouvelle-Cle-77!xy"));
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("contact"),
             QStringLiteral("search"), QStringLiteral("a")},
            QStringLiteral("Parcours-Demo-S2!"));
    CHECK(r.exitCode == 4);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("contact"),
             QStringLiteral("search"), QStringLiteral("a")},
            QStringLiteral("Nouvelle-Cle-77!xy"));
    CHECK(r.exitCode == 0);
}
