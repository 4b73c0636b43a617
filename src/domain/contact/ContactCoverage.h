#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace parcours {

// Annual coverage: of the childminders working during the year, how many had
// at least one completed exchange in it. Computed in SQL by the repository.
struct CoverageRow
{
    qint64 groupId = 0; // relay id (0: none) for per-relay rows
    QString group;      // relay name or staff member
    int active = 0;     // working childminders in scope
    int reached = 0;    // of whom at least one completed exchange this year

    double rate() const { return active > 0 ? double(reached) / active : 0.0; }
};

struct NotReachedRow
{
    qint64 childminderId = 0;
    QString displayName;
    QString communeName;
    QString relayName;
    QString phone;
    QDate lastContact; // null: never contacted
};

} // namespace parcours
