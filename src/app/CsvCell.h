#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

// One CSV cell for French Excel: quoted when needed, and neutralised when it
// starts with = + - @ (or tab/CR) so a spreadsheet never runs it as a formula.
QString csvCell(const QString& value, QChar separator = QLatin1Char(';'));
QString csvLine(const QStringList& cells, QChar separator = QLatin1Char(';'));

} // namespace parcours
