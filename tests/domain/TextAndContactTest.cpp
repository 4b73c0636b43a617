#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "QtStringMaker.h"
#include "TextFolding.h"

using namespace parcours;

TEST_CASE("Folding ignores case, accents, ligatures and punctuation")
{
    CHECK(foldForMatching(QStringLiteral("N° d'agrément")) == QStringLiteral("n d agrement"));
    CHECK(foldForMatching(QStringLiteral("  Né(e) le ")) == QStringLiteral("ne e le"));
    CHECK(foldForMatching(QStringLiteral("CŒUR")) == QStringLiteral("coeur"));
    CHECK(foldForMatching(QStringLiteral("Tél.")) == QStringLiteral("tel"));
    CHECK(sortKey(QStringLiteral("Élie"), QStringLiteral("Zoé")) <
          sortKey(QStringLiteral("Emery"), QString()));
}

TEST_CASE("Phone numbers are normalised to 03 29 12 34 56")
{
    const QString expected = QStringLiteral("03 29 86 06 00");
    CHECK(normalisePhone(QStringLiteral("03.29.86.06.00")) == expected);
    CHECK(normalisePhone(QStringLiteral("0329860600")) == expected);
    CHECK(normalisePhone(QStringLiteral("+33 3 29 86 06 00")) == expected);
    CHECK(normalisePhone(QStringLiteral("+33 (0)3 29 86 06 00")) == expected);
    CHECK(normalisePhone(QStringLiteral("0033329860600")) == expected);
    CHECK(normalisePhone(QStringLiteral("329860600")) == expected); // Excel ate the zero
    CHECK_FALSE(normalisePhone(QStringLiteral("03 29 86")));
    CHECK_FALSE(normalisePhone(QStringLiteral("appeler le soir")));
}

TEST_CASE("Email addresses are checked for the usual mistakes")
{
    CHECK(isPlausibleEmail(QStringLiteral("marie.dupont@orange.fr")));
    CHECK(isPlausibleEmail(QStringLiteral("a+b@mairie-verdun.fr")));
    CHECK_FALSE(isPlausibleEmail(QStringLiteral("marie.dupont@orange")));
    CHECK_FALSE(isPlausibleEmail(QStringLiteral("marie dupont@orange.fr")));
    CHECK_FALSE(isPlausibleEmail(QStringLiteral("marie.dupont.orange.fr")));
    CHECK_FALSE(isPlausibleEmail(QStringLiteral("a@@b.fr")));
    CHECK_FALSE(isPlausibleEmail(QStringLiteral("a@b..fr")));
}
