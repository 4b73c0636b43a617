#pragma once

#include "RuleSettings.h"
#include "SettingsRepository.h"

namespace parcours {

// Reads and writes RuleSettings as key/value settings; a missing or unreadable
// key keeps the documented default.
RuleSettings loadRuleSettings(const SettingsRepository& settings);
void saveRuleSettings(SettingsRepository& settings, const RuleSettings& rules);

} // namespace parcours
