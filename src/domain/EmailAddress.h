#pragma once

#include <QString>

namespace parcours {

// A pragmatic check (one @, a dot in the domain, no spaces): enough to catch
// typing and column-shift mistakes in PMI lists without rejecting real addresses.
bool isPlausibleEmail(const QString& text);

} // namespace parcours
