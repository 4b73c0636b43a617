#pragma once

#include <QString>
#include <optional>

namespace parcours {

enum class PlaceOfPractice { Home, Mam, HomeAndMam };

QString placeKey(PlaceOfPractice place);
std::optional<PlaceOfPractice> placeFromKey(const QString& key);
QString placeLabel(PlaceOfPractice place);

} // namespace parcours
