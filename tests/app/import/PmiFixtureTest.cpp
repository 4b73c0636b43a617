#include "CsvReader.h"
#include "FakeRegister.h"
#include "FixedClock.h"
#include "PmiHeaderMatcher.h"
#include "PmiImporter.h"
#include "QtStringMaker.h"

#ifndef PARCOURS_PMI_TEST_DATA
#error "PARCOURS_PMI_TEST_DATA must name tests/data/pmi (see tests/app/import/sources.cmake)"
#endif

using namespace parcours;
using parcours::test::FakeRegister;

// tests/data/pmi/liste-pmi-cp1252.csv is a list as French Excel saves it
// (Windows-1252, ';', CRLF, an address with a line break on lines 4-5); see
// make-liste-pmi.py next to it for what each line holds.
namespace {

CsvTable fixture()
{
    return CsvReader::readFile(QStringLiteral(PARCOURS_PMI_TEST_DATA "/liste-pmi-cp1252.csv"));
}

QList<int> linesOf(const QList<ImportIssue>& issues)
{
    QList<int> lines;
    for (const auto& i : issues)
        lines << i.line;
    return lines;
}

const Childminder* named(const FakeRegister& reg, const QString& usageName)
{
    for (const Childminder& p : reg.data.people)
        if (p.usageName == usageName)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("Fixture: the Windows-1252 PMI list is read with its accents and physical lines")
{
    const CsvTable t = fixture();
    CHECK(t.encodingName == QStringLiteral("Windows-1252"));
    CHECK(t.separator == QLatin1Char(';'));
    REQUIRE(t.header.size() == 16);
    CHECK(t.header.at(1) == QStringLiteral("Prénom"));
    CHECK(t.header.at(9) == QStringLiteral("N° d'agrément"));

    QList<int> lines;
    for (const auto& r : t.records)
        lines << r.line;
    CHECK(lines == QList<int>{2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
    CHECK(t.records[1].fields.at(15) == QStringLiteral("Accueil périscolaire; horaires atypiques"));
    CHECK(t.records[2].fields.at(4) == QStringLiteral("3 impasse des Œillets\nLotissement Les Côtes"));
    CHECK(t.records[2].fields.at(15) == QStringLiteral("Dit \"Lili\""));
    CHECK(t.records[15].fields.at(0) == QStringLiteral("ŒUVRARD"));

    const PmiHeaderMatch m = PmiHeaderMatcher::matchAll(t.header);
    CHECK(m.mapping.size() == 15);
    CHECK(m.unknownHeaders == QStringList{QStringLiteral("Observations")});
    CHECK(m.duplicateColumns.isEmpty());
    CHECK(PmiHeaderMatcher::mappingProblems(m.mapping, t.header).isEmpty());
}

TEST_CASE("Fixture: importing the list rejects the bad lines by their physical line number")
{
    FakeRegister reg;
    FixedClock clock(QDate(2026, 11, 15));
    PmiImporter importer(reg.childminders, reg.approvals, reg.relays, reg.transactions, RuleSettings{},
                         &clock);
    const CsvTable t = fixture();
    const auto mapping = PmiHeaderMatcher::matchAll(t.header).mapping;

    const ImportReport r = importer.run(t, mapping, false);
    CHECK(r.created == 11);
    CHECK(r.updated == 0);
    CHECK(r.unchanged == 0);
    CHECK(r.absent() == 0);
    REQUIRE(linesOf(r.rejected) == QList<int>{7, 8, 9, 10, 11, 19});
    CHECK(r.rejected[0].message ==
          QStringLiteral("The date “31/02/1970” in column “Né(e) le” does not exist."));
    CHECK(r.rejected[1].message ==
          QStringLiteral("The line has no surname: neither a usage name nor a birth name."));
    CHECK(r.rejected[2].message ==
          QStringLiteral("The number of places “quatre” in column “Nb. de places” is not a number."));
    CHECK(r.rejected[3].message ==
          QStringLiteral("9 places exceed the legal maximum of 6 children at once."));
    CHECK(r.rejected[4].message ==
          QStringLiteral("The email address “chantal.muller@orange” in column “E-mail” is malformed."));
    CHECK(r.rejected[5].message ==
          QStringLiteral("This line is a duplicate of line 2: the same person appears twice."));
    // voir mairie (phone), Trifouilly-les-Oies (commune), 55000 with Verdun (postal code).
    CHECK(linesOf(r.warnings) == QList<int>{14, 16, 17});

    // Accents survive the whole trip.
    const Childminder* francois = named(reg, QStringLiteral("FRANÇOIS"));
    REQUIRE(francois);
    CHECK(francois->firstName == QStringLiteral("Cécile"));
    CHECK(francois->address == QStringLiteral("3 impasse des Œillets\nLotissement Les Côtes"));
    CHECK(francois->communeName == QStringLiteral("Saint-Mihiel"));
    CHECK(francois->inseeCode == QStringLiteral("55463"));
    CHECK(francois->phone == QStringLiteral("03 29 89 10 11"));
    const Childminder* oeuvrard = named(reg, QStringLiteral("ŒUVRARD"));
    REQUIRE(oeuvrard);
    CHECK(oeuvrard->firstName == QStringLiteral("Bérengère"));
    CHECK(oeuvrard->address == QStringLiteral("1 rue de l'Église"));
    const Childminder* lefevre = named(reg, QStringLiteral("LEFÈVRE"));
    REQUIRE(lefevre);
    CHECK(lefevre->birthDate == QDate(1982, 7, 5));
    const Childminder* berard = named(reg, QStringLiteral("BÉRARD"));
    REQUIRE(berard);
    CHECK(berard->communeName == QStringLiteral("Étain"));
    const QList<Approval> approvals = reg.approvals.forChildminder(francois->id);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].startDate == QDate(2020, 3, 2));
    CHECK(approvals[0].placeOfPractice == PlaceOfPractice::HomeAndMam);
}

TEST_CASE("Fixture: importing the list a second time creates nobody")
{
    FakeRegister reg;
    FixedClock clock(QDate(2026, 11, 15));
    PmiImporter importer(reg.childminders, reg.approvals, reg.relays, reg.transactions, RuleSettings{},
                         &clock);
    const CsvTable t = fixture();
    const auto mapping = PmiHeaderMatcher::matchAll(t.header).mapping;
    const ImportReport first = importer.run(t, mapping, false);
    REQUIRE(first.created == 11);
    const int approvals = int(reg.data.approvals.size());

    const ImportReport again = importer.run(t, mapping, false);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 11);
    CHECK(again.absent() == 0);
    CHECK(linesOf(again.rejected) == QList<int>{7, 8, 9, 10, 11, 19});
    CHECK(reg.data.people.size() == 11);
    CHECK(reg.data.approvals.size() == approvals);
}
