#pragma once

#include "FieldError.h"
#include "QuestionnaireRepository.h"
#include "QuestionnaireTemplate.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// Questionnaire templates: the shipped default, and new versions made by
// editing (a version a campaign uses is never changed in place).
class QuestionnaireService
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireService)

  public:
    explicit QuestionnaireService(AppContext& context) : m_context(context) {}

    // The French default template shipped as :/surveys/enquete-annuelle.json.
    // Throws DomainError when the resource is missing or unreadable (a build fault).
    static QuestionnaireTemplate defaultTemplate();

    // Stores the default template as version 1 when no questionnaire of its
    // name exists yet. Returns whether it was installed; calling it again does
    // nothing. Throws DomainError if the shipped template does not validate.
    bool installDefaultIfMissing();

    // Validates (field "questionnaire", one error per problem), then stores it
    // as the next version of its name, dated now. Nothing is written on error.
    FieldErrors saveNewVersion(QuestionnaireTemplate& questionnaire);

    std::optional<QuestionnaireTemplate> latest(const QString& name) const;
    std::optional<QuestionnaireTemplate> find(qint64 id) const;
    QList<QuestionnaireVersionInfo> versions(const QString& name) const;
    QStringList names() const;

  private:
    AppContext& m_context;
};

} // namespace parcours
