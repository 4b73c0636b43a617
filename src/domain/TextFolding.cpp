#include "TextFolding.h"

namespace parcours {

QString foldForMatching(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        QString piece;
        if (c == QChar(0x0153) || c == QChar(0x0152))
            piece = QStringLiteral("oe");
        else if (c == QChar(0x00E6) || c == QChar(0x00C6))
            piece = QStringLiteral("ae");
        else if (c == QChar(0x00DF))
            piece = QStringLiteral("ss");
        else if (c.isLetterOrNumber())
            piece = c.toLower();
        if (piece.isEmpty()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += piece;
    }
    return out;
}

QString sortKey(const QString& surname, const QString& firstName)
{
    return foldForMatching(surname) + QLatin1Char('\x01') + foldForMatching(firstName);
}

} // namespace parcours
