#pragma once

#include "CareerRepository.h"

namespace parcours {

class Database;

// CareerRepository on SQLite.
class SqlCareerRepository final : public CareerRepository
{
  public:
    explicit SqlCareerRepository(Database& db) : m_db(db) {}

    QList<Qualification> qualifications(qint64 personId) const override;
    std::optional<Qualification> findQualification(qint64 id) const override;
    void save(Qualification& qualification) override;
    void removeQualification(qint64 id, int version) override;

    QList<CareerEvent> events(qint64 personId) const override;
    std::optional<CareerEvent> findEvent(qint64 id) const override;
    void save(CareerEvent& event) override;
    void removeEvent(qint64 id, int version) override;

    QList<Immersion> immersionsOfPerson(qint64 personId) const override;
    QList<Immersion> immersionsOfProspect(qint64 prospectId) const override;
    std::optional<Immersion> findImmersion(qint64 id) const override;
    void save(Immersion& immersion) override;
    void removeImmersion(qint64 id, int version) override;

    ObligationFacts obligationFacts(qint64 personId) const override;

    QList<DueDeadlineRow> dueDeadlines(const DueDeadlineQuery& query, int offset, int limit) const override;
    int countDueDeadlines(const DueDeadlineQuery& query) const override;
    QList<PersonApprovalDates> approvalDatesPage(qint64 afterId, int limit) const override;

  private:
    QList<Qualification> qualificationsWhere(const QString& where, qint64 key) const;
    QList<CareerEvent> eventsWhere(const QString& where, qint64 key) const;
    QList<Immersion> immersionsWhere(const QString& where, qint64 key) const;
    void remove(const QString& table, qint64 id, int version, const QString& conflictMessage);

    Database& m_db;
};

} // namespace parcours
