#include "PlaceOfPractice.h"

#include <QCoreApplication>

namespace parcours {

QString placeKey(PlaceOfPractice place)
{
    switch (place) {
    case PlaceOfPractice::Home:
        return QStringLiteral("home");
    case PlaceOfPractice::Mam:
        return QStringLiteral("mam");
    case PlaceOfPractice::HomeAndMam:
        return QStringLiteral("home_mam");
    }
    return {};
}

std::optional<PlaceOfPractice> placeFromKey(const QString& key)
{
    for (auto p : {PlaceOfPractice::Home, PlaceOfPractice::Mam, PlaceOfPractice::HomeAndMam})
        if (placeKey(p) == key)
            return p;
    return std::nullopt;
}

QString placeLabel(PlaceOfPractice place)
{
    switch (place) {
    case PlaceOfPractice::Home:
        return QCoreApplication::translate("PlaceOfPractice", "Home");
    case PlaceOfPractice::Mam:
        return QCoreApplication::translate("PlaceOfPractice", "MAM");
    case PlaceOfPractice::HomeAndMam:
        return QCoreApplication::translate("PlaceOfPractice", "Home and MAM");
    }
    return {};
}

} // namespace parcours
