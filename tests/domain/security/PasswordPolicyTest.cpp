#include "PasswordPolicy.h"
#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace parcours;

// Expected entropies are worked out by hand: pool 26+26+10+37 = 99 for four
// kinds, 26+26+10 = 62 for letters and digits; bits = length × log2(pool).

TEST_CASE("Password policy - 12 characters of four kinds pass the CNIL rule")
{
    const auto a = PasswordPolicy::assess(QStringLiteral("Soleil-Meus7"), QStringLiteral("cmartin"));
    CHECK(a.length == 12);
    CHECK(a.classes == 4);
    CHECK(a.bits == Approx(12 * 6.6294).margin(0.01)); // 79.55: the CNIL counts this case as 80 bits
    CHECK(a.acceptable);
    CHECK(a.reasons.isEmpty());
}

TEST_CASE("Password policy - 12 characters of three kinds are refused with the reasons")
{
    const auto a = PasswordPolicy::assess(QStringLiteral("SoleilMeuse7"));
    CHECK(a.length == 12);
    CHECK(a.classes == 3);
    CHECK(a.bits == Approx(71.45).margin(0.01));
    CHECK_FALSE(a.acceptable);
    REQUIRE(a.reasons.size() == 3);
    CHECK(a.reasons[0].contains(QStringLiteral("71")));
    CHECK(a.reasons[1].contains(QStringLiteral("12")));
    CHECK(a.reasons[2].contains(QStringLiteral("symbols")));
}

TEST_CASE("Password policy - 14 characters of three kinds pass")
{
    const auto a = PasswordPolicy::assess(QStringLiteral("SoleilMeuse742"));
    CHECK(a.classes == 3);
    CHECK(a.bits == Approx(83.36).margin(0.01));
    CHECK(a.acceptable);
}

TEST_CASE("Password policy - a passphrase of seven words passes")
{
    const auto a = PasswordPolicy::assess(QStringLiteral("le chat dort sur le tapis rouge"));
    CHECK(a.words == 7);
    CHECK(a.classes == 2);
    CHECK(a.acceptable);
}

TEST_CASE("Password policy - short passwords, the login and repeated characters are refused")
{
    CHECK_FALSE(PasswordPolicy::assess(QString()).acceptable);
    const auto shortOne = PasswordPolicy::assess(QStringLiteral("Ab1!efgh"));
    CHECK(shortOne.length == 8);
    CHECK_FALSE(shortOne.acceptable);
    // Strong by its length and kinds, but it contains the login (any case).
    const auto withLogin =
        PasswordPolicy::assess(QStringLiteral("Mdupont-2026!xyz"), QStringLiteral("mdupont"));
    CHECK_FALSE(withLogin.acceptable);
    CHECK(withLogin.reasons == QStringList{QStringLiteral("It contains the login name.")});
    const auto same = PasswordPolicy::assess(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    CHECK(same.bits == Approx(28 * 4.7004).margin(0.01)); // 131.6 bits, yet one character
    CHECK_FALSE(same.acceptable);
}
