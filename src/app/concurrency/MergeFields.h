#pragma once

#include "Mam.h"
#include "Partner.h"
#include "PromotionAction.h"
#include "Prospect.h"
#include "RecordMerge.h"
#include "Relay.h"

#include <functional>

namespace parcours {

// The fields each editor offers in its conflict window (see RecordMerge):
// what its form edits, lists compared as a whole, ids shown by name through
// the namer the editor passes (its combo boxes already hold the names).
using IdNamer = std::function<QString(qint64)>;
using CodeNamer = std::function<QString(const QString&)>;

QList<MergeField<Relay>> relayMergeFields(const CodeNamer& epciName = {});
QList<MergeField<Mam>> mamMergeFields();
QList<MergeField<Prospect>> prospectMergeFields(const IdNamer& actionName = {},
                                                const IdNamer& partnerName = {});
QList<MergeField<Partner>> partnerMergeFields(const IdNamer& relayName = {});
QList<MergeField<PromotionAction>> promotionActionMergeFields(const IdNamer& relayName = {},
                                                              const IdNamer& partnerName = {});

} // namespace parcours
