#include "CsvCell.h"

namespace parcours {

QString csvCell(const QString& value, QChar separator)
{
    QString text = value;
    static const QString dangerous = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && dangerous.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString csvLine(const QStringList& cells, QChar separator)
{
    QStringList out;
    out.reserve(cells.size());
    for (const auto& c : cells)
        out << csvCell(c, separator);
    return out.join(separator) + QStringLiteral("\r\n");
}

} // namespace parcours
