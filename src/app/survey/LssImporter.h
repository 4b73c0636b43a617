#pragma once

#include "LssImportResult.h"

#include <QByteArray>
#include <QString>

namespace parcours {

// Imports the questionnaire of a LimeSurvey survey structure export (.lss).
// Reads both layouts: DBVersion >= 400 (texts in the *_l10ns tables) and the
// older one (texts in the question, group and answer rows, one per language).
// Texts are taken in French when the survey has it, else in its base language,
// and turned into plain text. What has no equivalent here (arrays, ranking,
// scripts, complex conditions...) is listed in notMapped.
//
// A file that is not XML, is truncated or damaged, is not a LimeSurvey survey
// export, or holds no question that can be imported throws DomainError: nothing
// partial comes back. The questionnaire's createdAt is left null for whoever
// stores it to stamp.
class LssImporter
{
  public:
    static LssImportResult importFile(const QString& path);
    static LssImportResult importData(const QByteArray& data);
};

} // namespace parcours
