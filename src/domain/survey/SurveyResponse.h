#pragma once

#include "ContactEntry.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace parcours {

// How a response reached the service: typed by staff (during a call, from a
// paper form) or imported from the online questionnaire (LimeSurvey).
enum class ResponseSource { Staff, Online };

QString responseSourceKey(ResponseSource source);
std::optional<ResponseSource> responseSourceFromKey(const QString& key);
QString responseSourceLabel(ResponseSource source);

// The value a choice question stores when "autre" was chosen; the typed text
// is kept apart in SurveyResponse::otherTexts. Same code as LimeSurvey's, so
// response exports map without translation.
inline QString otherAnswerCode()
{
    return QStringLiteral("-oth-");
}

// One childminder's answers to one campaign (at most one per campaign; typing
// it again replaces it). Values are stored as text: option codes for choices,
// "Y"/"N" for yes/no, "1".."5" for scales, a plain number ("3", "2.5"), an ISO
// date, or the text itself.
struct SurveyResponse
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 childminderId = 0;
    qint64 questionnaireId = 0;
    QDateTime submittedAt; // local time
    ResponseSource source = ResponseSource::Staff;
    ContactChannel channel = ContactChannel::Phone; // how staff collected it
    QString enteredBy;
    QHash<QString, QStringList> answers; // question code -> values
    QHash<QString, QString> otherTexts;  // question code -> "autre" text
    int version = 0;
};

} // namespace parcours
