#include "PmiHeaderMatcher.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {
void checkAll(std::initializer_list<const char*> headers, PmiColumn expected)
{
    for (const char* h : headers) {
        const QString header = QString::fromUtf8(h);
        INFO("header: " << h);
        const auto column = PmiHeaderMatcher::match(header);
        REQUIRE(column);
        CHECK(pmiColumnKey(*column) == pmiColumnKey(expected));
    }
}
} // namespace

TEST_CASE("Headers: every documented variant is recognised")
{
    checkAll({"Nom", "Nom d'usage", "NOM D'USAGE", "nom  d’usage"}, PmiColumn::UsageName);
    checkAll({"Prénom", "PRENOM", "prénoms"}, PmiColumn::FirstName);
    checkAll({"Nom de naissance", "Nom de jeune fille", "NOM DE JEUNE-FILLE"}, PmiColumn::BirthName);
    checkAll({"Date de naissance", "Né(e) le", "Née le", "né le", "DATE NAISSANCE"}, PmiColumn::BirthDate);
    checkAll({"Adresse", "ADRESSE"}, PmiColumn::Address);
    checkAll({"Code postal", "CP", "C.P.", "code_postal"}, PmiColumn::PostalCode);
    checkAll({"Commune", "Ville", "VILLE"}, PmiColumn::Commune);
    checkAll({"Téléphone", "Tél.", "Tel", "Portable", "TEL"}, PmiColumn::Phone);
    checkAll({"Courriel", "E-mail", "Mail", "Email", "Adresse mail", "E-mail ", "e-Mail"}, PmiColumn::Email);
    checkAll({"N° d'agrément", "Numéro d'agrément", "No agrément", "N°agrément", "Nº d'agrément",
              "Numéro agrément", "N° agrément"},
             PmiColumn::ApprovalNumber);
    checkAll({"Date d'agrément", "Date 1er agrément", "Date premier agrément", "Date 1er agrement"},
             PmiColumn::ApprovalStart);
    checkAll({"Fin de validité", "Date fin validité", "Échéance", "Date d'échéance",
              "Date de fin de validité", "ECHEANCE"},
             PmiColumn::ApprovalEnd);
    checkAll({"Nombre de places", "Nb places", "Places", "Nb. de places", "NB PLACES"}, PmiColumn::Places);
    checkAll({"Lieu d'exercice", "LIEU D'EXERCICE"}, PmiColumn::PlaceOfPractice);
    checkAll({"RPE", "Relais", "rpe"}, PmiColumn::Relay);
}

TEST_CASE("Headers: spellings nobody listed fall to the keyword rules")
{
    checkAll({"Nom d'épouse", "Nom (usage)", "NOM USUEL"}, PmiColumn::UsageName);
    checkAll({"Nom de famille", "Nom naissance"}, PmiColumn::BirthName);
    checkAll({"Date de naissance (jj/mm/aaaa)"}, PmiColumn::BirthDate);
    checkAll({"Adresse postale", "Adresse du domicile", "N° et rue"}, PmiColumn::Address);
    checkAll({"Code postal domicile"}, PmiColumn::PostalCode);
    checkAll({"Commune de résidence", "Localité"}, PmiColumn::Commune);
    checkAll({"Tél. portable", "N° de téléphone", "Téléphone fixe", "Mobile"}, PmiColumn::Phone);
    checkAll({"Adresse e-mail", "Adresse électronique", "Mél", "Courriel personnel"}, PmiColumn::Email);
    checkAll({"N° agrément PMI", "Num. agrément"}, PmiColumn::ApprovalNumber);
    checkAll({"Date d'obtention de l'agrément", "Agréée depuis", "Date de délivrance de l'agrément"},
             PmiColumn::ApprovalStart);
    checkAll({"Date de fin d'agrément", "Agrément valable jusqu'au", "Date d'expiration", "Validité"},
             PmiColumn::ApprovalEnd);
    checkAll({"Nombre de places agréées", "Capacité d'accueil", "Places agréées"}, PmiColumn::Places);
    checkAll({"Lieu d'accueil", "Mode d'exercice"}, PmiColumn::PlaceOfPractice);
    checkAll({"Relais Petite Enfance", "RPE de rattachement", "RAM"}, PmiColumn::Relay);
}

TEST_CASE("Headers: what cannot be read safely is left unknown")
{
    for (const char* h : {"Observations", "Nom Prénom", "Lieu de naissance", "Code INSEE", "Code commune",
                          "Agrément", "Date", "Statut", ""})
        CHECK_FALSE(PmiHeaderMatcher::match(QString::fromUtf8(h)));
}

TEST_CASE("Headers: a header line becomes a mapping - unknown and duplicate columns are named")
{
    const QStringList header = {QStringLiteral("Nom d'usage"),
                                QStringLiteral("Prénom"),
                                QStringLiteral("Observations"),
                                QStringLiteral("Courriel"),
                                QStringLiteral("E-mail perso"),
                                QStringLiteral(" N°agrément "),
                                QString()};
    const PmiHeaderMatch m = PmiHeaderMatcher::matchAll(header);
    CHECK(m.mapping.size() == 4);
    CHECK(m.mapping.value(0) == PmiColumn::UsageName);
    CHECK(m.mapping.value(1) == PmiColumn::FirstName);
    CHECK(m.mapping.value(3) == PmiColumn::Email);
    CHECK(m.mapping.value(5) == PmiColumn::ApprovalNumber);
    CHECK(m.unknownColumns == QList<int>{2});
    CHECK(m.unknownHeaders == QStringList{QStringLiteral("Observations")});
    CHECK(m.duplicateColumns == QList<int>{4});
    CHECK(m.duplicateHeaders == QStringList{QStringLiteral("E-mail perso")});
    CHECK(PmiHeaderMatcher::mappingProblems(m.mapping, header).isEmpty());
}

TEST_CASE("Headers: a mapping without surname or first name, or with a column twice, is flagged")
{
    const QStringList header = {QStringLiteral("Mail"), QStringLiteral("Courriel")};
    QHash<int, PmiColumn> mapping{{0, PmiColumn::Email}, {1, PmiColumn::Email}};
    const QStringList problems = PmiHeaderMatcher::mappingProblems(mapping, header);
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).contains(QStringLiteral("“Mail” and “Courriel”")));
    CHECK(problems.at(1).contains(QStringLiteral("surname")));
    CHECK(problems.at(2).contains(QStringLiteral("first name")));
}

TEST_CASE("Headers: the capitals-only titles of PMI exports are recognised")
{
    checkAll({"DATE NAISS.", "DATE NAISS", "Date naiss", "DDN"}, PmiColumn::BirthDate);
    checkAll({"ADRESSE 1", "ADRESSE 2", "Complément d'adresse", "ADR"}, PmiColumn::Address);
    checkAll({"NUMERO AGREMENT", "N° AGREMENT", "NUM AGREMENT"}, PmiColumn::ApprovalNumber);
    checkAll({"DATE AGREMENT", "DATE DEBUT AGREMENT"}, PmiColumn::ApprovalStart);
    checkAll({"DATE FIN AGREMENT", "Date fin d'agrément", "FIN AGREMENT"}, PmiColumn::ApprovalEnd);
    checkAll({"CAPACITE", "Nombre d'enfants", "NB ENFANTS", "Nombre d'enfants agréés"}, PmiColumn::Places);
    CHECK_FALSE(PmiHeaderMatcher::match(QStringLiteral("Nombre d'enfants accueillis")));
}

TEST_CASE("Headers: address and phone columns may come several times and are all kept")
{
    const QStringList header = {
        QStringLiteral("NOM"),       QStringLiteral("PRENOM"),      QStringLiteral("ADRESSE 1"),
        QStringLiteral("ADRESSE 2"), QStringLiteral("CODE POSTAL"), QStringLiteral("VILLE"),
        QStringLiteral("TELEPHONE"), QStringLiteral("PORTABLE"),    QStringLiteral("MAIL ")};
    const PmiHeaderMatch m = PmiHeaderMatcher::matchAll(header);
    CHECK(m.mapping.size() == header.size());
    CHECK(m.mapping.value(2) == PmiColumn::Address);
    CHECK(m.mapping.value(3) == PmiColumn::Address);
    CHECK(m.mapping.value(6) == PmiColumn::Phone);
    CHECK(m.mapping.value(7) == PmiColumn::Phone);
    CHECK(m.duplicateColumns.isEmpty());
    CHECK(m.unknownColumns.isEmpty());
    CHECK(PmiHeaderMatcher::mappingProblems(m.mapping, header).isEmpty());
}

TEST_CASE("Headers: column keys round-trip for the CLI")
{
    for (PmiColumn c : allPmiColumns()) {
        CHECK(pmiColumnFromKey(pmiColumnKey(c)) == c);
        CHECK_FALSE(pmiColumnLabel(c).isEmpty());
    }
    CHECK_FALSE(pmiColumnFromKey(QStringLiteral("nope")));
}
