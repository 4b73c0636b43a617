#pragma once

#include "SurveyStatisticsRepository.h"

namespace parcours {

class Database;

class SqlSurveyStatistics final : public SurveyStatisticsRepository
{
  public:
    explicit SqlSurveyStatistics(Database& db) : m_db(db) {}

    QList<RelayStatusCount> statusCountsByRelay(qint64 campaignId, qint64 relayId) const override;
    QList<RelayRespondents> respondentsByRelay(qint64 campaignId, qint64 relayId,
                                               const QList<AnswerFilter>& filters) const override;
    int countRespondents(qint64 campaignId, qint64 relayId,
                         const QList<AnswerFilter>& filters) const override;
    QHash<QString, int> answeredCounts(qint64 campaignId, qint64 relayId,
                                       const QStringList& questionCodes) const override;
    QList<ValueCount> valueCounts(qint64 campaignId, qint64 relayId,
                                  const QStringList& questionCodes) const override;
    QList<RelayValueCount> valueCountsByRelay(qint64 campaignId, qint64 relayId,
                                              const QString& questionCode) const override;
    QHash<QString, NumericStatistics> numericStatistics(qint64 campaignId, qint64 relayId,
                                                        const QStringList& questionCodes) const override;
    QList<FreeTextRow> freeTexts(qint64 campaignId, qint64 relayId, const QString& questionCode,
                                 bool otherTexts, int offset, int limit) const override;
    int countFreeTexts(qint64 campaignId, qint64 relayId, const QString& questionCode,
                       bool otherTexts) const override;

  private:
    Database& m_db;
};

} // namespace parcours
