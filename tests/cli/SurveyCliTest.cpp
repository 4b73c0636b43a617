// survey import-lss, create, people, import-responses and list, run as scripts run them.
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

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const QString kLss = QStringLiteral(PARCOURS_TEST_DATA "/limesurvey/");
} // namespace

TEST_CASE("survey import-lss stores a questionnaire version - a truncated file exits 2 with nothing written")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString good = kLss + QStringLiteral("limesurvey_survey_88881.lss");
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("import-lss"), good,
                  QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject first = r.json();
    CHECK(first.value(QStringLiteral("version")).toInt() == 1);
    CHECK(first.value(QStringLiteral("questions")).toInt() == 6);
    CHECK(first.value(QStringLiteral("sections")).toInt() == 2);
    CHECK(first.value(QStringLiteral("dbVersion")).toInt() == 324);
    CHECK(first.value(QStringLiteral("notMapped")).toArray().size() == 10);
    const QString name = first.value(QStringLiteral("name")).toString();
    CHECK(name == QStringLiteral("Enquête test groupe de randomisation"));

    const QByteArray whole = readAll(good);
    const QString truncated = writeFile(dir, QStringLiteral("coupe.lss"), whole.left(whole.size() / 2));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("import-lss"), truncated});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(r.out.isEmpty());
    const QString untouched = dir.filePath(QStringLiteral("neuve.sqlite"));
    r = cli({QStringLiteral("--db"), untouched, QStringLiteral("survey"), QStringLiteral("import-lss"),
             truncated});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(untouched));

    // The next good import is version 2: the truncated one stored nothing.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("import-lss"), good});
    CHECK(r.json().value(QStringLiteral("version")).toInt() == 2);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("import-lss"), good});
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("version 3")));

    // A campaign on an imported questionnaire, by name and version.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("create"), QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--questionnaire"), name + QStringLiteral(":2")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("questionnaireVersion")).toInt() == 2);
    CHECK(r.json().value(QStringLiteral("questionnaire")).toString() == name);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("create"),
             QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("--questionnaire"),
             name + QStringLiteral(":9")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(name));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("create"),
             QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("--rpe"),
             QStringLiteral("abc")});
    CHECK(r.exitCode == 1);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("create"),
             QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("--rpe"),
             QStringLiteral("999")});
    CHECK(r.exitCode == 2); // no such relay
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("list")});
    const QJsonArray campaigns = r.json().value(QStringLiteral("campaigns")).toArray();
    REQUIRE(campaigns.size() == 1);
    CHECK(campaigns[0].toObject().value(QStringLiteral("year")).toInt() == 2027);
}

TEST_CASE("survey create, people and import-responses with a dry run, rejected lines and list")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    // Issue 5: a new database needs its first coordinator before any command.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    auto r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pmi"),
                  QStringLiteral(PARCOURS_TEST_DATA "/pmi/liste-pmi-cp1252.csv")});
    REQUIRE((r.exitCode == 0 || r.exitCode == 2));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("create"), QStringLiteral("--year"), QStringLiteral("2026")});
    REQUIRE(r.exitCode == 0);
    const int people = r.json().value(QStringLiteral("people")).toInt();
    REQUIRE(people >= 2);
    CHECK(r.json().value(QStringLiteral("questionnaire")).toString() == QStringLiteral("Enquête annuelle"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("create"),
             QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(r.exitCode == 2); // one campaign a year

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("people"), QStringLiteral("--campaign"), QStringLiteral("2026"),
             QStringLiteral("--limit"), QStringLiteral("2")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("total")).toInt() == people);
    const QJsonArray list = r.json().value(QStringLiteral("people")).toArray();
    REQUIRE(list.size() == 2);
    const QString first = list[0].toObject().value(QStringLiteral("referenceCode")).toString();
    const QString second = list[1].toObject().value(QStringLiteral("referenceCode")).toString();
    CHECK(first.startsWith(QStringLiteral("2026-")));
    CHECK(list[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("to_contact"));

    // Line 2: complete; line 3: unknown code; line 4: wants to be called back.
    const QByteArray header =
        "id,submitdate,lastpage,startlanguage,seed,token,enfantsAccueillis,placesAgrement,"
        "placesUtilisees,placesDisponibles,lieuExercice,formationSouhait,interetCapAepe,"
        "interetVae,projet,recontact,recontactMoyen,Q99\r\n";
    const QByteArray answers =
        "2026-05-10 09:00:00,4,fr,123,%1,3,4,3,N,DOMICILE,N,NON,N,POURSUIVRE,%2,%3,x\r\n";
    auto line = [&](int id, const QString& token, const char* recontact, const char* how) {
        return QByteArray::number(id) + ',' +
               QString::fromUtf8(answers).arg(token, QLatin1String(recontact), QLatin1String(how)).toUtf8();
    };
    const QString csv =
        writeFile(dir, QStringLiteral("results-survey.csv"),
                  "\xEF\xBB\xBF" + header + line(1, first, "N", "") +
                      line(2, QStringLiteral("2026-ZZZZZZ"), "N", "") + line(3, second, "Y", "TELEPHONE"));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("import-responses"), csv,
             QStringLiteral("--campaign"), QStringLiteral("2026"), QStringLiteral("--dry-run"),
             QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    CHECK(r.json().value(QStringLiteral("dryRun")).toBool());
    CHECK(r.json().value(QStringLiteral("imported")).toInt() == 2);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    QJsonObject campaign = r.json().value(QStringLiteral("campaigns")).toArray()[0].toObject();
    CHECK(campaign.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("responded")).toInt() ==
          0);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("import-responses"), csv,
             QStringLiteral("--campaign"), QStringLiteral("2026"), QStringLiteral("--json")});
    CHECK(r.exitCode == 2); // valid lines committed, the bad one reported
    const QJsonObject report = r.json();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(report.value(QStringLiteral("followUps")).toInt() == 1);
    const QJsonArray rejected = report.value(QStringLiteral("rejectedRows")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(rejected[0].toObject().value(QStringLiteral("reference")).toString() ==
          QStringLiteral("2026-ZZZZZZ"));
    CHECK(rejected[0]
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("2026-ZZZZZZ")));
    CHECK(report.value(QStringLiteral("ignoredColumns")).toArray().size() == 1);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("list")});
    campaign = r.json().value(QStringLiteral("campaigns")).toArray()[0].toObject();
    CHECK(campaign.value(QStringLiteral("year")).toInt() == 2026);
    CHECK(campaign.value(QStringLiteral("people")).toInt() == people);
    CHECK(campaign.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("responded")).toInt() ==
          2);
    CHECK(campaign.value(QStringLiteral("statuses")).toObject().value(QStringLiteral("to_contact")).toInt() ==
          people - 2);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("survey"),
             QStringLiteral("people"), QStringLiteral("--campaign"), QStringLiteral("2026"),
             QStringLiteral("--status"), QStringLiteral("responded")});
    CHECK(r.json().value(QStringLiteral("total")).toInt() == 2);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("import-responses"), csv,
             QStringLiteral("--campaign"), QStringLiteral("2031")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("2031")));
}
