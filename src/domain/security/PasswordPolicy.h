#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

// What the meter shows for a candidate password.
struct PasswordAssessment
{
    bool acceptable = false;
    double bits = 0;     // estimated entropy: length × log2(pool), or the passphrase's words
    int length = 0;      // in characters (code points)
    int classes = 0;     // lower case, upper case, digits, symbols: 0 to 4
    int words = 0;       // words when read as a passphrase
    QStringList reasons; // French, through tr(): why it is refused (empty when acceptable)
};

// The CNIL 2022 rule (délibération n° 2022-100) for a password alone: at least
// 80 bits of entropy, which the CNIL spells out as 12 characters of four kinds,
// 14 characters of three kinds, or a passphrase of at least 7 words. The
// estimate is length × log2(size of the pool the characters come from); a
// password containing the login, or made of very few distinct characters, is
// refused whatever its length, since a guesser tries those first.
class PasswordPolicy
{
  public:
    static constexpr double kRequiredBits = 80.0;
    static constexpr int kMinLengthFourClasses = 12;
    static constexpr int kMinLengthThreeClasses = 14;
    static constexpr int kMinPassphraseWords = 7;

    static PasswordAssessment assess(const QString& password, const QString& login = {});
};

} // namespace parcours
