#pragma once

#include "ChildminderFile.h"
#include "ChildminderSummary.h"

#include <QJsonObject>

namespace parcours {

// JSON shapes of the CLI and the exports. Keys are English and stable; dates ISO.
QJsonObject toJson(const ChildminderSummary& row);
QJsonObject toJson(const ChildminderFile& file);
QJsonObject toJson(const Approval& approval);

} // namespace parcours
