#pragma once

#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace parcours::demo {

// Contact details that look real but reach nobody: phone numbers in the
// département's area, e-mail addresses on the reserved ".example" domain
// (RFC 2606), so a demo database can never spam or phone a real person.

// "03 29" for Meuse: the first two pairs of a landline number in that département.
QString landlinePrefix(const QString& departement);
// A normalised number, "03 29 86 06 00" or "06 12 34 56 78" (overseas: their own prefixes).
QString phoneNumber(QRandomGenerator& rng, const QString& departement, bool mobile);
// "helene.lefevre@courriel.example" and variants people really use.
QString personalEmail(QRandomGenerator& rng, const QString& firstName, const QString& surname);
// "12 rue des Tilleuls"; towns get higher house numbers than villages.
QString streetAddress(QRandomGenerator& rng, const QStringList& streets, int population);

// Lower-case ASCII words joined by the separator: ("Marie-Hélène", '-') -> "marie-helene".
QString slug(const QString& text, QChar separator);
// French elision for "de" + place name: "de Verdun", "d'Étain", "du Mans", "des Islettes".
QString ofPlace(const QString& name);

} // namespace parcours::demo
