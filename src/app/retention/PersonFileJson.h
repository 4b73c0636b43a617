#pragma once

#include "PersonFile.h"

#include <QByteArray>
#include <QJsonObject>

namespace parcours {

// The person file as JSON (parcours-cli person export --format json): stable
// keys, ISO dates, category keys next to their labels.
QJsonObject personFileToJson(const PersonFile& file);
QByteArray personFileJsonText(const PersonFile& file);

} // namespace parcours
