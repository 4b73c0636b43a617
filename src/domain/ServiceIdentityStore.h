#pragma once

#include "ServiceIdentity.h"
#include "SettingsRepository.h"

namespace parcours {

// Reads and writes the service's identity as key/value settings stored with
// the data, so every workstation prints the same letters and footers. A
// missing key keeps the default of ServiceIdentity.
ServiceIdentity loadServiceIdentity(const SettingsRepository& settings);
void saveServiceIdentity(SettingsRepository& settings, const ServiceIdentity& identity);

} // namespace parcours
