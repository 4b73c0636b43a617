#pragma once

#include "QuestionnaireTemplate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace parcours {

// One stored version of a named questionnaire, for a version picker.
struct QuestionnaireVersionInfo
{
    qint64 id = 0;
    int version = 0;
    QDateTime createdAt;
};

// Questionnaire templates, kept as an append-only history per name: a
// campaign points at one stored version, so a version is never rewritten.
class QuestionnaireRepository
{
  public:
    virtual ~QuestionnaireRepository() = default;
    // Always inserts: the template becomes version (highest stored for its
    // name) + 1, or 1 for a new name. Sets id and version, and createdAt when
    // it is not set. Any id it had is ignored (editing makes a new version).
    virtual void save(QuestionnaireTemplate& questionnaire) = 0;
    virtual std::optional<QuestionnaireTemplate> find(qint64 id) const = 0;
    // The highest version of that name.
    virtual std::optional<QuestionnaireTemplate> latest(const QString& name) const = 0;
    // Every version of that name, oldest first.
    virtual QList<QuestionnaireVersionInfo> versions(const QString& name) const = 0;
    // Every questionnaire name, alphabetically.
    virtual QStringList names() const = 0;
};

} // namespace parcours
