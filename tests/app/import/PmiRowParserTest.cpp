#include "PmiRowParser.h"
#include "PmiDateParser.h"
#include "PmiHeaderMatcher.h"
#include "QtStringMaker.h"

#include <QMap>

using namespace parcours;

namespace {

const QDate kToday(2026, 11, 15);

const QStringList kHeader = {
    QStringLiteral("Nom d'usage"),
    QStringLiteral("Prénom"),
    QStringLiteral("Nom de naissance"),
    QStringLiteral("Date de naissance"),
    QStringLiteral("Adresse"),
    QStringLiteral("Code postal"),
    QStringLiteral("Commune"),
    QStringLiteral("Téléphone"),
    QStringLiteral("Courriel"),
    QStringLiteral("N° d'agrément"),
    QStringLiteral("Date d'agrément"),
    QStringLiteral("Fin de validité"),
    QStringLiteral("Nombre de places"),
    QStringLiteral("Lieu d'exercice"),
    QStringLiteral("RPE"),
};

// A good line, with the cells a test wants changed.
PmiRow parse(const QMap<PmiColumn, QString>& changes = {}, const RuleSettings& settings = {})
{
    QMap<PmiColumn, QString> cells = {
        {PmiColumn::UsageName, QStringLiteral("DUPONT")},
        {PmiColumn::FirstName, QStringLiteral("Hélène")},
        {PmiColumn::BirthDate, QStringLiteral("12/03/1975")},
        {PmiColumn::Address, QStringLiteral("12 rue de l'Étang")},
        {PmiColumn::PostalCode, QStringLiteral("55000")},
        {PmiColumn::Commune, QStringLiteral("Bar-le-Duc")},
        {PmiColumn::Phone, QStringLiteral("03.29.45.12.34")},
        {PmiColumn::Email, QStringLiteral("helene.dupont@orange.fr")},
        {PmiColumn::ApprovalNumber, QStringLiteral("55-2015-001")},
        {PmiColumn::ApprovalStart, QStringLiteral("01/09/2015")},
        {PmiColumn::ApprovalEnd, QStringLiteral("31/08/2025")},
        {PmiColumn::Places, QStringLiteral("4")},
        {PmiColumn::PlaceOfPractice, QStringLiteral("Domicile")},
    };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        cells[it.key()] = it.value();
    const auto mapping = PmiHeaderMatcher::matchAll(kHeader).mapping;
    REQUIRE(mapping.size() == kHeader.size());
    CsvRecord record;
    record.line = 7;
    for (int i = 0; i < kHeader.size(); ++i)
        record.fields << cells.value(mapping.value(i));
    return PmiRowParser(kHeader, mapping, settings, kToday).parse(record);
}

QDate birthDateOf(const QString& text)
{
    const PmiRow row = parse({{PmiColumn::BirthDate, text}});
    INFO(row.rejections.join(QLatin1Char(' ')).toStdString());
    CHECK_FALSE(row.isRejected());
    return row.person.birthDate;
}

} // namespace

TEST_CASE("Row: a good line becomes a childminder and her agrément")
{
    const PmiRow row = parse();
    CHECK(row.line == 7);
    CHECK(row.rejections.isEmpty());
    CHECK(row.warnings.isEmpty());
    CHECK(row.person.usageName == QStringLiteral("DUPONT"));
    CHECK(row.person.firstName == QStringLiteral("Hélène"));
    CHECK(row.person.birthDate == QDate(1975, 3, 12));
    CHECK(row.person.inseeCode == QStringLiteral("55029"));
    CHECK(row.person.communeName == QStringLiteral("Bar-le-Duc"));
    CHECK(row.person.postalCode == QStringLiteral("55000"));
    CHECK(row.person.phone == QStringLiteral("03 29 45 12 34"));
    CHECK(row.person.status == ChildminderStatus::Active);
    CHECK(row.hasApproval);
    CHECK(row.approval.number == QStringLiteral("55-2015-001"));
    CHECK(row.approval.startDate == QDate(2015, 9, 1));
    CHECK(row.approval.endDate == QDate(2025, 8, 31)); // expired: kept, the alerts will say so
    CHECK_FALSE(row.approvalEndComputed);
    CHECK(row.approval.places == 4);
    CHECK(row.approval.placeOfPractice == PlaceOfPractice::Home);
    CHECK_FALSE(row.has(PmiColumn::BirthName));
    CHECK(row.has(PmiColumn::Email));
}

TEST_CASE("Row: every date format of the lists is read")
{
    const QDate expected(1975, 3, 2);
    CHECK(birthDateOf(QStringLiteral("02/03/1975")) == expected);
    CHECK(birthDateOf(QStringLiteral("2/3/1975")) == expected);
    CHECK(birthDateOf(QStringLiteral("02/03/75")) == expected);
    CHECK(birthDateOf(QStringLiteral("02-03-1975")) == expected);
    CHECK(birthDateOf(QStringLiteral("02.03.1975")) == expected);
    CHECK(birthDateOf(QStringLiteral("1975-03-02")) == expected);
    CHECK(birthDateOf(QStringLiteral("02/03/1975 00:00:00")) == expected);
    CHECK(birthDateOf(QStringLiteral("1975-03-02 00:00")) == expected);
    CHECK(birthDateOf(QStringLiteral(" 02/03/1975 ")) == expected);
}

TEST_CASE("Row: two-digit years put birth dates in the past and agrément dates near today")
{
    using P = PmiDateParser;
    CHECK(P::parse(QStringLiteral("05/07/20"), true, kToday).date == QDate(2020, 7, 5));
    CHECK(P::parse(QStringLiteral("05/07/30"), true, kToday).date == QDate(1930, 7, 5));
    CHECK(P::parse(QStringLiteral("15/11/26"), true, kToday).date == QDate(2026, 11, 15)); // today
    CHECK(P::parse(QStringLiteral("16/11/26"), true, kToday).date == QDate(1926, 11, 16)); // tomorrow
    CHECK(P::parse(QStringLiteral("31/08/35"), false, kToday).date == QDate(2035, 8, 31));
    CHECK(P::parse(QStringLiteral("01/09/98"), false, kToday).date == QDate(1998, 9, 1));
    CHECK(P::parse(QString(), true, kToday).outcome == P::Outcome::Empty);
    CHECK(P::parse(QStringLiteral("29/02/2023"), false, kToday).outcome == P::Outcome::Impossible);
    CHECK(P::parse(QStringLiteral("29/02/2024"), false, kToday).date == QDate(2024, 2, 29));
    CHECK(P::parse(QStringLiteral("12/13/2020"), false, kToday).outcome == P::Outcome::Impossible);
    CHECK(P::parse(QStringLiteral("mars 2020"), false, kToday).outcome == P::Outcome::NotADate);
    CHECK(P::parse(QStringLiteral("1985"), true, kToday).outcome == P::Outcome::NotADate);
}

TEST_CASE("Row: Excel serial day numbers and month names are read as dates")
{
    using P = PmiDateParser;
    CHECK(P::parse(QStringLiteral("45292"), false, kToday).date == QDate(2024, 1, 1));
    CHECK(P::parse(QStringLiteral("45292,5"), false, kToday).date == QDate(2024, 1, 1));
    CHECK(P::parse(QStringLiteral("27455"), true, kToday).date == QDate(1975, 3, 2));
    CHECK(P::parse(QStringLiteral("1er mars 2020"), false, kToday).date == QDate(2020, 3, 1));
    CHECK(P::parse(QStringLiteral("01-mars-20"), false, kToday).date == QDate(2020, 3, 1));
    CHECK(P::parse(QStringLiteral("2 févr. 1975"), true, kToday).date == QDate(1975, 2, 2));
    CHECK(P::parse(QStringLiteral("15-Aug-1980"), true, kToday).date == QDate(1980, 8, 15));
    CHECK(P::parse(QStringLiteral("31 juin 2020"), false, kToday).outcome == P::Outcome::Impossible);
    CHECK(P::parse(QStringLiteral("3 trucs 2020"), false, kToday).outcome == P::Outcome::NotADate);
    CHECK(birthDateOf(QStringLiteral("27455")) == QDate(1975, 3, 2));
}

TEST_CASE("Row: several address columns become address lines - the first phone filled in is used")
{
    const QStringList header = {QStringLiteral("NOM"),       QStringLiteral("PRENOM"),
                                QStringLiteral("ADRESSE 1"), QStringLiteral("ADRESSE 2"),
                                QStringLiteral("TELEPHONE"), QStringLiteral("PORTABLE")};
    const auto mapping = PmiHeaderMatcher::matchAll(header).mapping;
    const PmiRowParser parser(header, mapping, {}, kToday);
    CsvRecord record{3,
                     {QStringLiteral("DUPONT"), QStringLiteral("Hélène"), QStringLiteral("12 rue de l'Étang"),
                      QStringLiteral(" Bât. B "), QString(), QStringLiteral("0612345678")}};
    PmiRow row = parser.parse(record);
    CHECK(row.person.address == QStringLiteral("12 rue de l'Étang\nBât. B"));
    CHECK(row.person.phone == QStringLiteral("06 12 34 56 78"));

    record.fields = {
        QStringLiteral("DUPONT"), QStringLiteral("Hélène"),         QString(),
        QStringLiteral("Bât. B"), QStringLiteral("03.29.45.12.34"), QStringLiteral("0612345678")};
    row = parser.parse(record);
    CHECK(row.person.address == QStringLiteral("Bât. B"));
    CHECK(row.person.phone == QStringLiteral("03 29 45 12 34"));
}

TEST_CASE("Row: an impossible date is rejected, naming the column")
{
    PmiRow row = parse({{PmiColumn::ApprovalEnd, QStringLiteral("31/02/2024")}});
    CHECK(row.rejections ==
          QStringList{QStringLiteral("The date “31/02/2024” in column “Fin de validité” does not exist.")});
    row = parse({{PmiColumn::BirthDate, QStringLiteral("bientôt")}});
    CHECK(row.rejections ==
          QStringList{QStringLiteral(
              "“bientôt” in column “Date de naissance” is not a date; write it as dd/mm/yyyy.")});
    row = parse({{PmiColumn::BirthDate, QStringLiteral("01/01/2030")}});
    CHECK(row.rejections == QStringList{QStringLiteral(
                                "The date “01/01/2030” in column “Date de naissance” is in the future.")});
}

TEST_CASE("Row: a line without a surname is rejected - a birth name alone is enough")
{
    PmiRow row = parse({{PmiColumn::UsageName, QString()}});
    CHECK(row.rejections ==
          QStringList{QStringLiteral("The line has no surname: neither a usage name nor a birth name.")});
    row = parse({{PmiColumn::UsageName, QString()}, {PmiColumn::BirthName, QStringLiteral("MARTIN")}});
    CHECK_FALSE(row.isRejected());
    CHECK(row.person.birthName == QStringLiteral("MARTIN"));
    row = parse({{PmiColumn::FirstName, QString()}});
    CHECK_FALSE(row.isRejected());
    CHECK(row.warnings.size() == 1);
}

TEST_CASE("Row: places must be a number within the legal maximum of the settings")
{
    PmiRow row = parse({{PmiColumn::Places, QStringLiteral("quatre")}});
    CHECK(row.rejections ==
          QStringList{
              QStringLiteral("The number of places “quatre” in column “Nombre de places” is not a number.")});
    row = parse({{PmiColumn::Places, QStringLiteral("9")}});
    CHECK(row.rejections ==
          QStringList{QStringLiteral("9 places exceed the legal maximum of 6 children at once.")});
    row = parse({{PmiColumn::Places, QStringLiteral("0")}});
    CHECK(row.isRejected());
    CHECK(parse({{PmiColumn::Places, QStringLiteral("3,0")}}).approval.places == 3);
    CHECK(parse({{PmiColumn::Places, QStringLiteral("5 places")}}).approval.places == 5);
    CHECK(parse({{PmiColumn::Places, QStringLiteral("6")}}).approval.places == 6);
    RuleSettings generous;
    generous.maxChildrenUnder11 = 7;
    CHECK_FALSE(parse({{PmiColumn::Places, QStringLiteral("7")}}, generous).isRejected());
    CHECK(parse({{PmiColumn::Places, QStringLiteral("7")}}).isRejected());
}

TEST_CASE("Row: a malformed email is rejected - a placeholder is no email")
{
    PmiRow row = parse({{PmiColumn::Email, QStringLiteral("chantal.muller@orange")}});
    CHECK(row.rejections ==
          QStringList{QStringLiteral(
              "The email address “chantal.muller@orange” in column “Courriel” is malformed.")});
    for (const QString& none : {QStringLiteral("-"), QStringLiteral("néant"), QStringLiteral("NC")}) {
        row = parse({{PmiColumn::Email, none}});
        CHECK_FALSE(row.isRejected());
        CHECK_FALSE(row.has(PmiColumn::Email));
    }
}

TEST_CASE("Row: several problems on one line are all reported")
{
    const PmiRow row = parse({{PmiColumn::Places, QStringLiteral("beaucoup")},
                              {PmiColumn::Email, QStringLiteral("x@y")},
                              {PmiColumn::BirthDate, QStringLiteral("30/02/1980")}});
    CHECK(row.rejections.size() == 3);
}

TEST_CASE("Row: phones are normalised - one that is no French number is kept with a warning")
{
    CHECK(parse({{PmiColumn::Phone, QStringLiteral("+33 3 29 45 12 34")}}).person.phone ==
          QStringLiteral("03 29 45 12 34"));
    CHECK(parse({{PmiColumn::Phone, QStringLiteral("329451234")}}).person.phone ==
          QStringLiteral("03 29 45 12 34"));
    CHECK(parse({{PmiColumn::Phone, QStringLiteral("06-12-34-56-78")}}).person.phone ==
          QStringLiteral("06 12 34 56 78"));
    const PmiRow row = parse({{PmiColumn::Phone, QStringLiteral("voir  mairie")}});
    CHECK_FALSE(row.isRejected());
    CHECK(row.person.phone == QStringLiteral("voir mairie"));
    CHECK(row.warnings ==
          QStringList{QStringLiteral(
              "The phone number “voir mairie” is not a French number; it was kept as written.")});
}

TEST_CASE("Row: the commune is resolved - unknown ones and wrong postal codes are warnings")
{
    PmiRow row = parse({{PmiColumn::PostalCode, QStringLiteral("55300")},
                        {PmiColumn::Commune, QStringLiteral("ST MIHIEL")}});
    CHECK(row.person.inseeCode == QStringLiteral("55463"));
    CHECK(row.person.communeName == QStringLiteral("Saint-Mihiel"));
    CHECK(row.warnings.isEmpty());

    row = parse({{PmiColumn::PostalCode, QStringLiteral("55140")},
                 {PmiColumn::Commune, QStringLiteral("Trifouilly-les-Oies")}});
    CHECK_FALSE(row.isRejected());
    CHECK(row.person.inseeCode.isEmpty());
    CHECK(row.person.communeName == QStringLiteral("Trifouilly-les-Oies"));
    CHECK(row.warnings ==
          QStringList{QStringLiteral("The commune “Trifouilly-les-Oies” is not in the reference "
                                     "list; it was kept as written.")});

    row = parse(
        {{PmiColumn::PostalCode, QStringLiteral("55000")}, {PmiColumn::Commune, QStringLiteral("Verdun")}});
    CHECK(row.person.inseeCode == QStringLiteral("55545"));
    CHECK(row.person.postalCode == QStringLiteral("55000"));
    CHECK(row.warnings ==
          QStringList{QStringLiteral("The postal code 55000 does not serve Verdun (55100); both "
                                     "were kept.")});

    row = parse({{PmiColumn::PostalCode, QString()}, {PmiColumn::Commune, QStringLiteral("verdun")}});
    CHECK(row.person.postalCode == QStringLiteral("55100"));
    CHECK(row.person.communeName == QStringLiteral("Verdun"));
}

TEST_CASE("Row: place of practice, computed end, address lines and relay name")
{
    CHECK(parse({{PmiColumn::PlaceOfPractice, QStringLiteral("MAM")}}).approval.placeOfPractice ==
          PlaceOfPractice::Mam);
    CHECK(parse({{PmiColumn::PlaceOfPractice, QStringLiteral("domicile ET M.A.M.")}})
              .approval.placeOfPractice == PlaceOfPractice::HomeAndMam);
    CHECK(parse({{PmiColumn::PlaceOfPractice, QStringLiteral("DOMICILE")}}).approval.placeOfPractice ==
          PlaceOfPractice::Home);
    PmiRow row = parse({{PmiColumn::PlaceOfPractice, QStringLiteral("Crèche")}});
    CHECK_FALSE(row.has(PmiColumn::PlaceOfPractice));
    CHECK(row.warnings.size() == 1);

    row = parse({{PmiColumn::ApprovalEnd, QString()}});
    CHECK(row.approval.endDate == QDate(2020, 8, 31));
    CHECK(row.approvalEndComputed);
    CHECK_FALSE(row.has(PmiColumn::ApprovalEnd));

    row =
        parse({{PmiColumn::Address, QStringLiteral("  3 impasse des Œillets \n\n Lotissement  Les Côtes")}});
    CHECK(row.person.address == QStringLiteral("3 impasse des Œillets\nLotissement Les Côtes"));

    row = parse({{PmiColumn::Relay, QStringLiteral(" RPE  de Verdun ")}});
    CHECK(row.relayName == QStringLiteral("RPE de Verdun"));

    row = parse({{PmiColumn::ApprovalNumber, QString()},
                 {PmiColumn::ApprovalStart, QString()},
                 {PmiColumn::ApprovalEnd, QString()}});
    CHECK_FALSE(row.hasApproval);
}
