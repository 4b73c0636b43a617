#include "CsvReader.h"
#include "FakeRegister.h"
#include "FixedClock.h"
#include "PmiHeaderMatcher.h"
#include "PmiImporter.h"
#include "PmiMerger.h"
#include "QtStringMaker.h"

using namespace parcours;
using parcours::test::FakeRegister;

// Lists as PMI services really export them: capitals-only titles, the address
// over two columns, a landline and a mobile, dates left as Excel serial
// numbers, and approval numbers whose separators change from one export to
// the next.
namespace {

const QString kHeader =
    QStringLiteral("NOM;PRENOM;DATE NAISSANCE;ADRESSE 1;ADRESSE 2;CODE POSTAL;VILLE;TELEPHONE;PORTABLE;MAIL;"
                   "NUMERO AGREMENT;DATE AGREMENT;DATE FIN AGREMENT;NB PLACES");

QByteArray excelFile(const QStringList& lines)
{
    // French Excel: Windows-1252 and CRLF.
    const QString text =
        kHeader + QStringLiteral("\r\n") + lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    QByteArray bytes;
    for (const QChar c : text)
        bytes += char(c.unicode() < 0x100 ? c.unicode() : '?');
    return bytes;
}

struct Setup
{
    FakeRegister reg;
    FixedClock clock{QDate(2026, 11, 15)};
    RuleSettings settings;
    PmiImporter importer{reg.childminders, reg.approvals, reg.relays, reg.transactions, settings, &clock};

    ImportReport run(const QStringList& lines)
    {
        const CsvTable t = CsvReader::read(excelFile(lines));
        const PmiHeaderMatch match = PmiHeaderMatcher::matchAll(t.header);
        REQUIRE(match.unknownHeaders.isEmpty());
        REQUIRE(match.duplicateHeaders.isEmpty());
        return importer.run(t, match.mapping, false);
    }
};

} // namespace

TEST_CASE("Real lists: approval numbers match whatever their separators")
{
    CHECK(PmiMerger::numberKey(QStringLiteral("55-2015-001")) ==
          PmiMerger::numberKey(QStringLiteral("55 2015 001")));
    CHECK(PmiMerger::numberKey(QStringLiteral("55/2015/001")) == QStringLiteral("552015001"));
    CHECK(PmiMerger::numberKey(QStringLiteral(" 55 2015-001 ")) == QStringLiteral("552015001"));
    CHECK(PmiMerger::numberKey(QStringLiteral("55-2015-a01")) == QStringLiteral("552015A01"));
}

TEST_CASE("Real lists: a capitals-only Excel export is imported with every column")
{
    Setup s;
    const ImportReport r =
        s.run({QStringLiteral("DUPONT;Hélène;27455;12 rue de l'Étang;Bât. B;55000;BAR LE DUC;;"
                              "06 12 34 56 78;h.dupont@orange.fr;55-2015-001;45292;;4")});
    CHECK(r.rejected.isEmpty());
    CHECK(r.created == 1);
    REQUIRE(s.reg.data.people.size() == 1);
    const Childminder& p = s.reg.data.people.cbegin().value();
    CHECK(p.birthDate == QDate(1975, 3, 2));
    CHECK(p.address == QStringLiteral("12 rue de l'Étang\nBât. B"));
    CHECK(p.phone == QStringLiteral("06 12 34 56 78"));
    const QList<Approval> approvals = s.reg.approvals.forChildminder(p.id);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals.front().startDate == QDate(2024, 1, 1));
}

TEST_CASE("Real lists: the next export writing numbers with spaces creates nobody")
{
    Setup s;
    // No birth date: the approval number is the only way to recognise them.
    s.run({QStringLiteral("DUPONT;Hélène;;;;55000;Bar-le-Duc;;;;55-2015-001;01/09/2015;;4"),
           QStringLiteral("LEFEVRE;Anne;;;;55100;Verdun;;;;55 2019 014;15/01/2019;;3")});
    REQUIRE(s.reg.data.people.size() == 2);
    const ImportReport r =
        s.run({QStringLiteral("DUPONT;Hélène;;;;55000;Bar-le-Duc;;;;55 2015 001;01/09/2015;;4"),
               QStringLiteral("LEFEVRE;Anne;;;;55100;Verdun;;;;552019014;15/01/2019;;3")});
    CHECK(r.created == 0);
    CHECK(r.unchanged == 2);
    CHECK(r.rejected.isEmpty());
    CHECK(s.reg.data.people.size() == 2);
    CHECK(s.reg.data.approvals.size() == 2);
}

TEST_CASE("Real lists: one number written two ways in one list is a duplicate")
{
    Setup s;
    const ImportReport r = s.run({QStringLiteral("DUPONT;Hélène;;;;55000;Bar-le-Duc;;;;55-2015-001;;;4"),
                                  QStringLiteral("DUPONT;Helene;;;;55000;Bar-le-Duc;;;;55 2015 001;;;4")});
    CHECK(r.created == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.front().line == 3);
}
