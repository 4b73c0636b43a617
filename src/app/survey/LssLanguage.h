#pragma once

#include "LssDocument.h"

#include <QHash>
#include <QString>

namespace parcours {

// Which of a survey's languages the import takes its texts in: French when the
// survey has it (the service works in French), else the survey's base language.
struct LssLanguage
{
    QString chosen;
    QString base;

    static LssLanguage choose(const LssDocument& doc);

    // The text in the chosen language, else in the base one, else in any: a
    // text missing in French still shows up rather than an empty question.
    QString pick(const QHash<QString, QString>& textsByLanguage) const;
};

} // namespace parcours
