#pragma once

#include <QList>
#include <QString>

namespace parcours {

struct RelayBreakdownRow
{
    qint64 relayId = 0; // 0: no relay
    QString relayName;
    int activeChildminders = 0;
    int places = 0;
};

// Dashboard figures, aggregated in SQL.
struct RegisterStatistics
{
    int totalChildminders = 0;
    int activeChildminders = 0;
    int places = 0; // places of the agréments in force of active childminders
    int over60 = 0;
    QList<RelayBreakdownRow> byRelay;
};

} // namespace parcours
