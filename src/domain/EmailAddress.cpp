#include "EmailAddress.h"

#include <QRegularExpression>

namespace parcours {

bool isPlausibleEmail(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s;,<>"]+@[^@\s;,<>"]+\.[^@\s;,<>".]{2,}$)"));
    return pattern.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

} // namespace parcours
