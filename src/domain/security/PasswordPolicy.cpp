#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <cmath>

namespace parcours {

namespace {

// Pool sizes of the four kinds. Symbols: the CNIL asks for a list of at least
// 37 special characters; anything that is not an ASCII letter or digit counts
// here (accented letters included), so the estimate stays on the safe side.
constexpr int kLowerPool = 26;
constexpr int kUpperPool = 26;
constexpr int kDigitPool = 10;
constexpr int kSymbolPool = 37;
// A passphrase word is worth log2 of a common-word list of 2,048 entries
// (11 bits): seven words are the CNIL's passphrase rule.
constexpr double kBitsPerWord = 11.0;
constexpr int kMinDistinct = 5;

int countWords(const QString& password)
{
    int words = 0;
    int letters = 0;
    for (const QChar c : password) {
        if (c.isLetterOrNumber()) {
            ++letters;
        } else {
            if (letters >= 2)
                ++words;
            letters = 0;
        }
    }
    if (letters >= 2)
        ++words;
    return words;
}

} // namespace

PasswordAssessment PasswordPolicy::assess(const QString& password, const QString& login)
{
    PasswordAssessment a;
    const QList<uint> codePoints = password.toUcs4();
    a.length = int(codePoints.size());
    if (a.length == 0) {
        a.reasons << QCoreApplication::translate("PasswordPolicy", "The password is empty.");
        return a;
    }
    bool lower = false, upper = false, digit = false, symbol = false;
    QSet<uint> distinct;
    for (const uint cp : codePoints) {
        distinct.insert(cp);
        if (cp >= 'a' && cp <= 'z')
            lower = true;
        else if (cp >= 'A' && cp <= 'Z')
            upper = true;
        else if (cp >= '0' && cp <= '9')
            digit = true;
        else
            symbol = true;
    }
    a.classes = int(lower) + int(upper) + int(digit) + int(symbol);
    const int pool = (lower ? kLowerPool : 0) + (upper ? kUpperPool : 0) + (digit ? kDigitPool : 0) +
                     (symbol ? kSymbolPool : 0);
    a.words = countWords(password);
    const double characterBits = a.length * std::log2(double(pool));
    const double passphraseBits = a.words >= 2 ? a.words * kBitsPerWord : 0.0;
    a.bits = std::max(characterBits, passphraseBits);

    const bool byLengthAndKinds = (a.length >= kMinLengthFourClasses && a.classes == 4) ||
                                  (a.length >= kMinLengthThreeClasses && a.classes >= 3);
    const bool byPassphrase = a.words >= kMinPassphraseWords;
    const bool byEntropy = a.bits >= kRequiredBits;
    if (!(byLengthAndKinds || byPassphrase || byEntropy)) {
        QStringList missing;
        if (!lower)
            missing << QCoreApplication::translate("PasswordPolicy", "lower-case letters");
        if (!upper)
            missing << QCoreApplication::translate("PasswordPolicy", "capital letters");
        if (!digit)
            missing << QCoreApplication::translate("PasswordPolicy", "digits");
        if (!symbol)
            missing << QCoreApplication::translate("PasswordPolicy", "symbols");
        a.reasons
            << QCoreApplication::translate(
                   "PasswordPolicy",
                   "It is too weak: about %1 bits, where the CNIL asks for 80. Use at least 12 characters "
                   "mixing lower-case letters, capitals, digits and symbols, or 14 characters of three of "
                   "these kinds, or a passphrase of at least 7 words.")
                   .arg(int(std::floor(a.bits)));
        a.reasons << QCoreApplication::translate("PasswordPolicy", "It has %n character(s).", nullptr,
                                                 a.length);
        if (!missing.isEmpty())
            a.reasons << QCoreApplication::translate("PasswordPolicy", "It has no %1.")
                             .arg(missing.join(QStringLiteral(", ")));
    }
    if (distinct.size() < kMinDistinct)
        a.reasons << QCoreApplication::translate(
                         "PasswordPolicy",
                         "It repeats too few different characters (%1): such passwords are tried first.")
                         .arg(distinct.size());
    const QString trimmedLogin = login.trimmed();
    if (trimmedLogin.size() >= 3 && password.contains(trimmedLogin, Qt::CaseInsensitive))
        a.reasons << QCoreApplication::translate("PasswordPolicy", "It contains the login name.");
    a.acceptable = a.reasons.isEmpty();
    return a;
}

} // namespace parcours
