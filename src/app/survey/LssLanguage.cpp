#include "LssLanguage.h"

#include <QStringList>

namespace parcours {

LssLanguage LssLanguage::choose(const LssDocument& doc)
{
    const LssDocument::Row survey = doc.rows(QStringLiteral("surveys")).value(0);
    LssLanguage language;
    language.base = survey.value(QStringLiteral("language")).trimmed();
    QStringList all = doc.languages;
    all += survey.value(QStringLiteral("additional_languages")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (language.base.isEmpty())
        language.base = all.value(0);
    language.chosen = language.base;
    for (const QString& l : all) {
        if (l.compare(QLatin1String("fr"), Qt::CaseInsensitive) == 0) {
            language.chosen = l;
            return language;
        }
        // A regional French ("fr-ca"...) is better than no French at all.
        if (l.startsWith(QLatin1String("fr-"), Qt::CaseInsensitive) &&
            !language.chosen.startsWith(QLatin1String("fr"), Qt::CaseInsensitive))
            language.chosen = l;
    }
    return language;
}

QString LssLanguage::pick(const QHash<QString, QString>& texts) const
{
    const QString inChosen = texts.value(chosen);
    if (!inChosen.trimmed().isEmpty())
        return inChosen;
    const QString inBase = texts.value(base);
    if (!inBase.trimmed().isEmpty())
        return inBase;
    QStringList languages = texts.keys();
    languages.sort(); // the same answer on every run
    for (const QString& l : languages)
        if (!texts.value(l).trimmed().isEmpty())
            return texts.value(l);
    return {};
}

} // namespace parcours
