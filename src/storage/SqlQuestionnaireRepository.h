#pragma once

#include "QuestionnaireRepository.h"

namespace parcours {

class Database;

class SqlQuestionnaireRepository final : public QuestionnaireRepository
{
  public:
    explicit SqlQuestionnaireRepository(Database& db) : m_db(db) {}

    void save(QuestionnaireTemplate& questionnaire) override;
    std::optional<QuestionnaireTemplate> find(qint64 id) const override;
    std::optional<QuestionnaireTemplate> latest(const QString& name) const override;
    QList<QuestionnaireVersionInfo> versions(const QString& name) const override;
    QStringList names() const override;

  private:
    std::optional<QuestionnaireTemplate> one(const QString& whereAndOrder, const QVariant& binding) const;
    Database& m_db;
};

} // namespace parcours
