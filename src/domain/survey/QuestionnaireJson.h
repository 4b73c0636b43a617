#pragma once

#include "QuestionnaireTemplate.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace parcours {

// The JSON form of a questionnaire template: how the database stores a
// version's body, how the default template ships, and what an export writes.
// Keys are part of that contract and never change; question types are written
// with questionTypeKey() so a reworded label does not break stored templates.
//
// {"format": "parcours-questionnaire", "formatVersion": 1, "name": ..., "version": 1,
//  "createdAt": "2026-11-29T10:00:00Z", "sections": [{"title": ..., "questions": [
//    {"code", "text", "help", "type", "required", "allowOther",
//     "options": [{"code", "label"}], "condition": {"question": code, "values": [...]}}]}]}
//
// "createdAt", "help", "options", "allowOther" and "condition" are left out when
// empty. The id is not written: it belongs to one database.
QByteArray questionnaireToJson(const QuestionnaireTemplate& questionnaire, bool indented = false);

// Reads what questionnaireToJson() writes. On malformed JSON, an unknown format
// or question type, returns nothing and sets *error (a translated sentence).
// The result is not validated: call QuestionnaireTemplate::validate().
std::optional<QuestionnaireTemplate> questionnaireFromJson(const QByteArray& json, QString* error = nullptr);

} // namespace parcours
