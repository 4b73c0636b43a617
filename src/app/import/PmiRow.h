#pragma once

#include "Approval.h"
#include "Childminder.h"
#include "PmiColumn.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace parcours {

// One line of a PMI list read into domain terms, before it meets the
// register. Only the fields named in `fields` were in the list: the importer
// leaves every other field of a known person as it is.
struct PmiRow
{
    int line = 0; // physical line in the file
    Childminder person;
    Approval approval;                // meaningful when hasApproval
    bool hasApproval = false;         // a number or a date of agrément was given
    bool approvalEndComputed = false; // end derived from the start, not read
    QString relayName;                // the RPE column as written, for checks only
    QSet<PmiColumn> fields;           // cells that held a usable value
    QStringList warnings;             // imported anyway
    QStringList rejections;           // not imported; one sentence each

    bool isRejected() const { return !rejections.isEmpty(); }
    bool has(PmiColumn column) const { return fields.contains(column); }
};

} // namespace parcours
