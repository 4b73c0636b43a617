#pragma once

#include <QString>
#include <optional>

namespace parcours {

// French phone numbers as staff write them: "03.29.86.06.00", "+33 3 29 86 06 00",
// "329860600" (Excel dropped the leading zero). Returns "03 29 86 06 00", or
// nothing when the text is not a French number.
std::optional<QString> normalisePhone(const QString& text);

} // namespace parcours
