#pragma once

#include "RetentionRepository.h"

#include <QVariantList>

class QSqlQuery;

namespace parcours {

class Database;

// RetentionRepository on SQLite.
class SqlRetentionRepository final : public RetentionRepository
{
  public:
    explicit SqlRetentionRepository(Database& db) : m_db(db) {}

    void saveActivity(CollectiveActivity& activity) override;
    std::optional<CollectiveActivity> activity(qint64 id) const override;
    void removeActivity(qint64 id) override;
    QList<ActivityRow> activities(const ActivityQuery& query) const override;
    int countActivities(const ActivityQuery& query) const override;
    bool addAttendance(qint64 activityId, qint64 childminderId) override;
    void removeAttendance(qint64 activityId, qint64 childminderId) override;
    QList<AttendeeRow> attendees(qint64 activityId) const override;

    void saveSupportAction(MamSupportAction& action) override;
    std::optional<MamSupportAction> supportAction(qint64 id) const override;
    void removeSupportAction(qint64 id) override;
    QList<MamSupportAction> supportActions(qint64 mamId) const override;

    QList<RelayIsolationRow> isolationByRelay(QDate today, QDate since) const override;
    QList<IsolatedPersonRow> isolated(qint64 relayId, QDate today, QDate since, int offset,
                                      int limit) const override;
    int countIsolated(qint64 relayId, QDate today, QDate since) const override;
    int countIsolatedAll(QDate today, QDate since) const override;

  private:
    QList<MamSupportAction> supportWhere(const QString& where, const QVariantList& bindings) const;

    Database& m_db;
};

} // namespace parcours
