#include "QuestionnaireService.h"

#include "AppContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "QuestionnaireJson.h"
#include "TransactionRunner.h"

#include <QFile>

namespace parcours {

QuestionnaireTemplate QuestionnaireService::defaultTemplate()
{
    QFile file(QStringLiteral(":/surveys/enquete-annuelle.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw DomainError(tr("The default questionnaire is missing from this installation."));
    QString error;
    auto t = questionnaireFromJson(file.readAll(), &error);
    if (!t)
        throw DomainError(tr("The default questionnaire cannot be read: %1").arg(error));
    return *t;
}

bool QuestionnaireService::installDefaultIfMissing()
{
    m_context.require(Permission::EditRecords);
    QuestionnaireTemplate t = defaultTemplate();
    const QStringList problems = t.validate();
    if (!problems.isEmpty())
        throw DomainError(tr("The default questionnaire is not usable: %1").arg(problems.join(u' ')));
    bool installed = false;
    // Check and insert in one write transaction, so two instances starting
    // together do not both install it.
    m_context.transactions().inWriteTransaction([&] {
        if (m_context.questionnaires().latest(t.name))
            return;
        t.createdAt = m_context.clock().now();
        m_context.questionnaires().save(t);
        installed = true;
    });
    if (installed)
        logInfo(QStringLiteral("default questionnaire installed: %1 v%2 (id %3)")
                    .arg(t.name)
                    .arg(t.version)
                    .arg(t.id));
    return installed;
}

FieldErrors QuestionnaireService::saveNewVersion(QuestionnaireTemplate& questionnaire)
{
    m_context.require(Permission::EditRecords);
    QuestionnaireTemplate candidate = questionnaire;
    candidate.name = candidate.name.trimmed();
    FieldErrors errors;
    for (const QString& problem : candidate.validate())
        errors.append({QStringLiteral("questionnaire"), problem});
    if (!errors.isEmpty())
        return errors;
    candidate.createdAt = m_context.clock().now();
    m_context.transactions().inWriteTransaction([&] { m_context.questionnaires().save(candidate); });
    logInfo(QStringLiteral("questionnaire saved: %1 v%2 (id %3)")
                .arg(candidate.name)
                .arg(candidate.version)
                .arg(candidate.id));
    questionnaire = candidate;
    return {};
}

std::optional<QuestionnaireTemplate> QuestionnaireService::latest(const QString& name) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.questionnaires().latest(name);
}

std::optional<QuestionnaireTemplate> QuestionnaireService::find(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.questionnaires().find(id);
}

QList<QuestionnaireVersionInfo> QuestionnaireService::versions(const QString& name) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.questionnaires().versions(name);
}

QStringList QuestionnaireService::names() const
{
    m_context.require(Permission::ReadRecords);
    return m_context.questionnaires().names();
}

} // namespace parcours
