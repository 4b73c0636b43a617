#include "Childminder.h"

namespace parcours {

QString Childminder::displayName() const
{
    const QString surname = usageName.isEmpty() ? birthName : usageName;
    if (firstName.isEmpty())
        return surname.toUpper();
    return surname.toUpper() + QLatin1Char(' ') + firstName;
}

} // namespace parcours
