#pragma once

#include "Approval.h"
#include "Childminder.h"

#include <QList>

namespace parcours {

// Everything the editor shows about one person.
struct ChildminderFile
{
    Childminder person;
    QList<Approval> approvals; // oldest first
    QString relayName;
    QString mamName;
};

} // namespace parcours
