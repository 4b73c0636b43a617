#pragma once

#include "ServiceIdentity.h"

#include <QString>

namespace parcours {

// The information notice of the annual survey (RGPD art. 13): who processes
// the answers, why and on what basis, who sees them, how long they are kept,
// and how to exercise one's rights. Printed on the invitation letters and
// shown in the response form, so both say the same.
// `retentionYears`: RuleSettings::anonymiseAfterApprovalEndYears.
QString surveyPrivacyNotice(const ServiceIdentity& identity, int retentionYears);

} // namespace parcours
