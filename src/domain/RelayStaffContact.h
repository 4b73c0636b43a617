#pragma once

#include <QString>

namespace parcours {

struct RelayStaffContact
{
    QString name;
    QString role;
    QString phone;
    QString email;
};

} // namespace parcours
