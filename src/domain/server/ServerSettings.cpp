#include "ServerSettings.h"

namespace parcours {

QString ServerSettings::describe() const
{
    QString text = QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!schema.isEmpty())
        text += QLatin1Char('#') + schema;
    return text;
}

} // namespace parcours
