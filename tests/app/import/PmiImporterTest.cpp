#include "PmiImporter.h"
#include "CsvReader.h"
#include "DomainError.h"
#include "FakeRegister.h"
#include "FixedClock.h"
#include "PmiHeaderMatcher.h"
#include "QtStringMaker.h"

using namespace parcours;
using parcours::test::FakeRegister;

namespace {

const QString kHeader =
    QStringLiteral("Nom;Prénom;Nom de naissance;Né(e) le;Adresse;CP;Commune;Tél.;Courriel;"
                   "N° d'agrément;Date d'agrément;Fin de validité;Nb places;Lieu d'exercice");
const QString kDupont =
    QStringLiteral("DUPONT;Hélène;MARTIN;12/03/1975;12 rue de l'Étang;55000;Bar-le-Duc;"
                   "03 29 45 12 34;helene.dupont@orange.fr;55-2015-001;01/09/2015;31/08/2025;"
                   "4;Domicile");
const QString kLefevre = QStringLiteral("LEFÈVRE;Géraldine;;05/07/1982;8 place Saint-Paul;55100;Verdun;"
                                        "06 12 34 56 78;g.lefevre@wanadoo.fr;55-2019-014;15/01/2019;;3;MAM");

CsvTable table(const QStringList& lines, const QString& header = kHeader)
{
    return CsvReader::read(
        (header + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

// A register with two relays covering Bar-le-Duc (by commune) and Verdun (by
// its EPCI, CA du Grand Verdun 200049187).
struct Setup
{
    FakeRegister reg;
    FixedClock clock{QDate(2026, 11, 15)};
    RuleSettings settings;
    qint64 barRelay = 0;
    qint64 verdunRelay = 0;
    PmiImporter importer{reg.childminders, reg.approvals, reg.relays, reg.transactions, settings, &clock};

    Setup()
    {
        barRelay = reg.addRelay(
            Relay{0, QStringLiteral("RPE de Bar-le-Duc"), {}, {QStringLiteral("55029")}, {}, {}, 0});
        verdunRelay = reg.addRelay(
            Relay{0, QStringLiteral("RPE du Grand Verdun"), {}, {}, {QStringLiteral("200049187")}, {}, 0});
    }

    ImportReport run(const CsvTable& t, bool dryRun = false)
    {
        return importer.run(t, PmiHeaderMatcher::matchAll(t.header).mapping, dryRun);
    }

    Childminder only(const QString& usageName) const
    {
        for (const Childminder& p : reg.data.people)
            if (p.usageName == usageName)
                return p;
        FAIL("nobody named " << usageName.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("Import: new people are created with their agrément and the relay of their commune")
{
    Setup s;
    const ImportReport r = s.run(table({kDupont, kLefevre}));
    CHECK(r.created == 2);
    CHECK(r.updated == 0);
    CHECK(r.unchanged == 0);
    CHECK(r.rejected.isEmpty());
    CHECK(r.createdIds.size() == 2);
    CHECK(s.reg.transactionsRun == 1);

    const Childminder dupont = s.only(QStringLiteral("DUPONT"));
    CHECK(dupont.status == ChildminderStatus::Active); // expired agrément: still active, the alerts will tell
    CHECK(dupont.birthName == QStringLiteral("MARTIN"));
    CHECK(dupont.relayId == s.barRelay);
    CHECK_FALSE(dupont.relayOverridden);
    const QList<Approval> approvals = s.reg.approvals.forChildminder(dupont.id);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].number == QStringLiteral("55-2015-001"));
    CHECK_FALSE(approvals[0].isRenewal);
    REQUIRE(approvals[0].events.size() == 1);
    CHECK(approvals[0].events[0].kind == ApprovalEventKind::FirstGrant);
    CHECK(approvals[0].events[0].date == QDate(2015, 9, 1));

    const Childminder lefevre = s.only(QStringLiteral("LEFÈVRE"));
    CHECK(lefevre.relayId == s.verdunRelay); // through the EPCI
    const QList<Approval> hers = s.reg.approvals.forChildminder(lefevre.id);
    REQUIRE(hers.size() == 1);
    CHECK(hers[0].endDate == QDate(2024, 1, 14)); // computed: five years
    CHECK(hers[0].placeOfPractice == PlaceOfPractice::Mam);
}

TEST_CASE("Import: a second import of the same list changes nothing")
{
    Setup s;
    s.run(table({kDupont, kLefevre}));
    const int writes = s.reg.writes;
    const ImportReport r = s.run(table({kDupont, kLefevre}));
    CHECK(r.created == 0);
    CHECK(r.updated == 0);
    CHECK(r.unchanged == 2);
    CHECK(r.absent() == 0);
    CHECK(s.reg.writes == writes);
    CHECK(s.reg.data.people.size() == 2);
}

TEST_CASE("Import: what changed is updated - what the list does not carry or spells worse is kept")
{
    Setup s;
    Childminder stored;
    stored.usageName = QStringLiteral("Dupont");
    stored.birthName = QStringLiteral("Martin");
    stored.firstName = QStringLiteral("Hélène");
    stored.birthDate = QDate(1975, 3, 12);
    stored.email = QStringLiteral("helene@exemple.fr");
    stored.notes = QStringLiteral("Souhaite se former au CAP AEPE");
    stored.relayId = s.verdunRelay;
    stored.relayOverridden = true; // staff attached her elsewhere on purpose
    stored.inseeCode = QStringLiteral("55545");
    stored.communeName = QStringLiteral("Verdun");
    stored.postalCode = QStringLiteral("55100");
    const qint64 id = s.reg.addPerson(stored);
    Approval approval;
    approval.childminderId = id;
    approval.number = QStringLiteral("55-2015-001");
    approval.startDate = QDate(2015, 9, 1);
    approval.endDate = QDate(2025, 8, 31);
    s.reg.addApproval(approval);

    // No email column; names in capitals without accents; a new phone, address and commune.
    const CsvTable t = table({QStringLiteral("DUPONT;HELENE;MARTIN;12/03/1975;1 rue Neuve;55000;Bar-le-Duc;"
                                             "0329000000;55-2015-001;01/09/2015;31/08/2025")},
                             QStringLiteral("Nom;Prénom;Nom de naissance;Né(e) le;Adresse;CP;Ville;Tél.;"
                                            "N° d'agrément;Date d'agrément;Fin de validité"));
    const ImportReport r = s.run(t);
    CHECK(r.updated == 1);
    CHECK(r.updatedIds == QList<qint64>{id});
    const Childminder after = *s.reg.childminders.find(id);
    CHECK(after.usageName == QStringLiteral("Dupont"));
    CHECK(after.firstName == QStringLiteral("Hélène"));
    CHECK(after.email == QStringLiteral("helene@exemple.fr"));
    CHECK(after.notes == QStringLiteral("Souhaite se former au CAP AEPE"));
    CHECK(after.phone == QStringLiteral("03 29 00 00 00"));
    CHECK(after.address == QStringLiteral("1 rue Neuve"));
    CHECK(after.inseeCode == QStringLiteral("55029"));
    CHECK(after.relayId == s.verdunRelay); // the override survives the move
    CHECK(after.relayOverridden);
    CHECK(s.reg.approvals.forChildminder(id).size() == 1);
}

TEST_CASE("Import: a move to another commune moves her relay when it follows the commune")
{
    Setup s;
    s.run(table({kDupont}));
    QString moved = kDupont;
    moved.replace(QStringLiteral("55000;Bar-le-Duc"), QStringLiteral("55100;Verdun"));
    const ImportReport r = s.run(table({moved}));
    CHECK(r.updated == 1);
    CHECK(s.only(QStringLiteral("DUPONT")).relayId == s.verdunRelay);
}

TEST_CASE("Import: the same agrément number updates its dates and places")
{
    Setup s;
    s.run(table({kDupont}));
    QString changed = kDupont;
    changed.replace(QStringLiteral("31/08/2025;4;"), QStringLiteral("31/08/2030;3;"));
    const ImportReport r = s.run(table({changed}));
    CHECK(r.updated == 1);
    const QList<Approval> approvals = s.reg.approvals.forChildminder(s.only(QStringLiteral("DUPONT")).id);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].endDate == QDate(2030, 8, 31));
    CHECK(approvals[0].places == 3);
}

TEST_CASE("Import: a new agrément number for a known person is a renewal")
{
    Setup s;
    s.run(table({kDupont}));
    QString renewed = kDupont;
    renewed.replace(QStringLiteral("55-2015-001;01/09/2015;31/08/2025"),
                    QStringLiteral("55-2025-077;01/09/2025;"));
    const ImportReport r = s.run(table({renewed}));
    CHECK(r.created == 0);
    CHECK(r.updated == 1);
    const QList<Approval> approvals = s.reg.approvals.forChildminder(s.only(QStringLiteral("DUPONT")).id);
    REQUIRE(approvals.size() == 2);
    CHECK(approvals[1].number == QStringLiteral("55-2025-077"));
    CHECK(approvals[1].isRenewal);
    CHECK(approvals[1].endDate == QDate(2030, 8, 31)); // short renewal term of the settings
    REQUIRE(approvals[1].events.size() == 1);
    CHECK(approvals[1].events[0].kind == ApprovalEventKind::Renewal);
    CHECK(approvals[1].events[0].date == QDate(2025, 9, 1));
}

TEST_CASE("Import: people on file as working but not on the list are reported absent, never deleted")
{
    Setup s;
    auto add = [&](const char* name, ChildminderStatus status) {
        Childminder p;
        p.usageName = QString::fromUtf8(name);
        p.firstName = QStringLiteral("Anne");
        p.status = status;
        return s.reg.addPerson(p);
    };
    const qint64 active = add("ACTIVE", ChildminderStatus::Active);
    const qint64 suspended = add("SUSPENDUE", ChildminderStatus::Suspended);
    const qint64 pending = add("ENCOURS", ChildminderStatus::ApprovalPending);
    add("PROSPECT", ChildminderStatus::Prospect);
    add("RETRAITE", ChildminderStatus::Retired);
    add("ARRET", ChildminderStatus::Stopped);
    const ImportReport r = s.run(table({kDupont}));
    CHECK(r.absent() == 3);
    CHECK(r.absentIds == QList<qint64>{active, suspended, pending});
    CHECK(s.reg.data.people.size() == 7);
}

TEST_CASE("Import: a pending person on the list with an agrément in force becomes active")
{
    Setup s;
    Childminder p;
    p.usageName = QStringLiteral("LEFÈVRE");
    p.firstName = QStringLiteral("Géraldine");
    p.birthDate = QDate(1982, 7, 5);
    p.status = ChildminderStatus::ApprovalPending;
    const qint64 pending = s.reg.addPerson(p);
    p.usageName = QStringLiteral("DUPONT");
    p.firstName = QStringLiteral("Hélène");
    p.birthName = QStringLiteral("MARTIN");
    p.birthDate = QDate(1975, 3, 12);
    p.status = ChildminderStatus::Retired;
    const qint64 retired = s.reg.addPerson(p);
    QString inForce = kLefevre;
    inForce.replace(QStringLiteral("15/01/2019;;"), QStringLiteral("15/01/2024;;"));
    const ImportReport r = s.run(table({kDupont, inForce}));
    CHECK(r.created == 0);
    CHECK(s.reg.childminders.find(pending)->status == ChildminderStatus::Active);
    CHECK(s.reg.childminders.find(retired)->status == ChildminderStatus::Retired);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].line == 2);
    CHECK(r.warnings[0].message.contains(QStringLiteral("status was not changed")));
}

TEST_CASE("Import: the second line for the same person is rejected as a duplicate")
{
    Setup s;
    QString sameIdentity = kDupont;
    sameIdentity.replace(QStringLiteral("55-2015-001"), QStringLiteral("55-2099-999"));
    QString sameNumber = kLefevre;
    sameNumber.replace(QStringLiteral("55-2019-014"), QStringLiteral("55-2015-001"));
    const ImportReport r = s.run(table({kDupont, sameIdentity, sameNumber}));
    CHECK(r.created == 1);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected[0].line == 3);
    CHECK(r.rejected[0].message ==
          QStringLiteral("This line is a duplicate of line 2: the same person appears twice."));
    CHECK(r.rejected[1].line == 4);
    CHECK(r.rejected[1].message.startsWith(QStringLiteral("This line is a duplicate of line 2")));
}

TEST_CASE("Import: two lines matching one person on file by different keys are duplicates too")
{
    Setup s;
    s.run(table({kDupont}));
    QString byIdentity = kDupont;
    byIdentity.replace(QStringLiteral("55-2015-001"), QStringLiteral("55-2025-077"));
    QString byNumber = kLefevre;
    byNumber.replace(QStringLiteral("55-2019-014"), QStringLiteral("55-2015-001"));
    const ImportReport r = s.run(table({byIdentity, byNumber}));
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 3);
    CHECK(r.rejected[0].message ==
          QStringLiteral("This line is a duplicate of line 2: both lines describe the same person."));
}

TEST_CASE("Import: a dry run writes nothing and reports what a real run does")
{
    Setup s;
    s.run(table({kDupont}));
    const int writes = s.reg.writes;
    const int transactions = s.reg.transactionsRun;
    QString changed = kDupont;
    changed.replace(QStringLiteral("03 29 45 12 34"), QStringLiteral("03 29 45 00 00"));
    const CsvTable t = table({changed, kLefevre, QStringLiteral(";Sans nom")});
    const ImportReport dry = s.run(t, true);
    CHECK(dry.dryRun);
    CHECK(s.reg.writes == writes);
    CHECK(s.reg.transactionsRun == transactions);
    CHECK(dry.createdIds.isEmpty());
    const ImportReport real = s.run(t, false);
    CHECK(dry.created == 1);
    CHECK(dry.updated == 1);
    CHECK(real.created == dry.created);
    CHECK(real.updated == dry.updated);
    CHECK(real.unchanged == dry.unchanged);
    CHECK(real.toJson() == dry.toJson());
}

TEST_CASE("Import: cancelling from the progress callback rolls everything back")
{
    Setup s;
    QList<std::pair<int, int>> calls;
    s.importer.setProgressCallback([&](int done, int total) {
        calls.append({done, total});
        return done < 2;
    });
    const ImportReport r = s.run(table({kDupont, kLefevre}));
    CHECK(r.cancelled);
    CHECK(r.created == 0);
    CHECK(s.reg.data.people.isEmpty());
    CHECK(s.reg.data.approvals.isEmpty());
    CHECK(calls == QList<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}});

    // A later run with no cancel works normally.
    s.importer.setProgressCallback({});
    CHECK(s.run(table({kDupont, kLefevre})).created == 2);
}

TEST_CASE("Import: requestCancel() stops the run too")
{
    Setup s;
    s.importer.setProgressCallback([&](int done, int) {
        if (done == 1)
            s.importer.requestCancel(); // as the GUI thread would
        return true;
    });
    CHECK(s.run(table({kDupont, kLefevre})).cancelled);
    CHECK(s.reg.data.people.isEmpty());
}

TEST_CASE("Import: a storage failure rolls back and reaches the caller")
{
    Setup s;
    s.reg.failOnWrite = 3; // Dupont and her agrément, then Lefèvre fails
    CHECK_THROWS_AS(s.run(table({kDupont, kLefevre})), StorageError);
    CHECK(s.reg.data.people.isEmpty());
}

TEST_CASE("Import: the relay named by the list is checked against the commune's")
{
    Setup s;
    const QString header = kHeader + QStringLiteral(";RPE");
    const ImportReport r = s.run(table(
        {kDupont + QStringLiteral(";RPE Bar-le-Duc"), kLefevre + QStringLiteral(";Relais de Bar-le-Duc"),
         QStringLiteral("NOËL;Maëlle;;21/06/1990;;55200;Commercy;;;55-2021-030;;;;;RPE "
                        "Atlantis")},
        header));
    CHECK(r.created == 3);
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0].line == 3);
    CHECK(r.warnings[0].message ==
          QStringLiteral("The list names the relay “RPE de Bar-le-Duc”, but she is "
                         "attached to “RPE du Grand Verdun”; her relay was not changed."));
    CHECK(r.warnings[1].line == 4);
    CHECK(r.warnings[1].message ==
          QStringLiteral("The relay “RPE Atlantis” named on this line is not in the register."));
}

TEST_CASE("Import: the JSON report has the documented keys in order")
{
    ImportReport r;
    r.created = 3;
    r.updated = 2;
    r.unchanged = 1;
    r.absentIds = {7, 9};
    r.rejected = {{8, QStringLiteral("Le \"nom\" manque.")}};
    r.warnings = {{4, QStringLiteral("Commune inconnue")}};
    CHECK(r.toJson() == QByteArray("{\"created\":3,\"updated\":2,\"unchanged\":1,\"absent\":2,"
                                   "\"rejected\":[{\"line\":8,\"reason\":\"Le \\\"nom\\\" manque.\"}],"
                                   "\"warnings\":[{\"line\":4,\"message\":\"Commune inconnue\"}]}"));
    CHECK(ImportReport().toJson() ==
          QByteArray(
              "{\"created\":0,\"updated\":0,\"unchanged\":0,\"absent\":0,\"rejected\":[],\"warnings\":[]}"));
}
