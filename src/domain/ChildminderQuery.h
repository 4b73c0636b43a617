#pragma once

#include "ChildminderStatus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace parcours {

enum class ChildminderSortColumn {
    Name,
    FirstName,
    Commune,
    Relay,
    Status,
    ApprovalNumber,
    ApprovalEnd,
    Places,
    BirthDate,
};

// What a list shows: filters, sort and one page. Everything here is done in
// SQL so a page costs the same with 1,000 or 250,000 people on file.
struct ChildminderQuery
{
    QString text;                      // accent-insensitive prefix search (FTS)
    qint64 relayId = 0;                // 0: any relay; -1: people with no relay
    QList<ChildminderStatus> statuses; // empty: any status
    QString inseeCode;                 // empty: any commune
    QDate approvalEndingBefore;        // null: no filter
    ChildminderSortColumn sort = ChildminderSortColumn::Name;
    bool ascending = true;
    int offset = 0;
    int limit = 100;
};

} // namespace parcours
