#pragma once

#include "ResponseRepository.h"

namespace parcours {

class Database;

class SqlResponseRepository final : public ResponseRepository
{
  public:
    explicit SqlResponseRepository(Database& db) : m_db(db) {}

    void save(SurveyResponse& response) override;
    std::optional<SurveyResponse> find(qint64 campaignId, qint64 childminderId) const override;
    std::optional<SurveyResponse> previous(qint64 childminderId, int year) const override;
    int count(qint64 campaignId) const override;

  private:
    std::optional<SurveyResponse> findWhere(const QString& whereAndOrder, const QVariantList& bindings) const;
    void writeAnswers(const SurveyResponse& response);
    Database& m_db;
};

} // namespace parcours
