#pragma once

#include <QDate>
#include <QString>

namespace parcours {

struct MamMember
{
    qint64 childminderId = 0;
    QString displayName; // filled by queries for display; not stored
    QDate joined;
    QDate left;     // null while still a member
    int places = 0; // her agrément places, filled by queries for the limit checks

    bool isMemberOn(QDate day) const
    {
        return (!joined.isValid() || joined <= day) && (!left.isValid() || day < left);
    }
};

} // namespace parcours
