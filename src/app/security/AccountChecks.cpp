#include "AccountChecks.h"

#include "DomainError.h"
#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace parcours {

void checkLogin(const QString& login)
{
    // Letters, digits and . _ - only: a login is typed on a command line
    // (`--user`) and appears in the audit trail, so no spaces or quotes.
    static const QRegularExpression pattern(QStringLiteral("^[\\w.-]{2,64}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(login).hasMatch())
        throw DomainError(QCoreApplication::translate(
                              "AccountChecks",
                              "The login « %1 » is not valid: use 2 to 64 letters, digits, dots, dashes or "
                              "underscores, without spaces.")
                              .arg(login));
}

void checkNewPassword(const QString& password, const QString& login)
{
    const PasswordAssessment assessment = PasswordPolicy::assess(password, login);
    if (!assessment.acceptable)
        throw DomainError(QCoreApplication::translate("AccountChecks", "This password is refused. %1")
                              .arg(assessment.reasons.join(QLatin1Char(' '))));
}

} // namespace parcours
