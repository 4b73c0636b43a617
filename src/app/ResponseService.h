#pragma once

#include "FieldError.h"
#include "QuestionnaireTemplate.h"
#include "SurveyResponse.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// Survey responses: checked against the campaign's questionnaire, stored,
// her campaign status set to "responded", the exchange logged in her contact
// history, and a coordinator follow-up created when she wants to stop, to
// change career or to be recontacted.
class ResponseService
{
    Q_DECLARE_TR_FUNCTIONS(ResponseService)

  public:
    explicit ResponseService(AppContext& context) : m_context(context) {}

    // The questionnaire version a campaign uses, or nothing.
    std::optional<QuestionnaireTemplate> questionnaireOf(qint64 campaignId) const;

    // Checks and cleans the response (answers to hidden questions dropped).
    // Field keys are question codes, or "childminder"/"campaign"/"submittedAt".
    FieldErrors check(SurveyResponse& response, const QuestionnaireTemplate& questionnaire) const;
    // check(), then store() in one transaction. Nothing is written on errors.
    FieldErrors submit(SurveyResponse& response);
    // Stores a checked response and its consequences. Call inside a write
    // transaction (importers store many in one). Returns true when a
    // follow-up was created; `logged` receives the exchange written to her
    // contact history, if one was.
    bool store(SurveyResponse& response, const QuestionnaireTemplate& questionnaire, int campaignYear,
               ContactEntry* logged = nullptr);

    std::optional<SurveyResponse> response(qint64 campaignId, qint64 childminderId) const;
    // Her answers to the campaign before `year`, to show beside this year's.
    std::optional<SurveyResponse> previousResponse(qint64 childminderId, int year) const;

  private:
    AppContext& m_context;
};

} // namespace parcours
