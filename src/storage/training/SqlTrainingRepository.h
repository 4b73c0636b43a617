#pragma once

#include "TrainingRepository.h"

class QSqlQuery;

namespace parcours {

class Database;

// TrainingRepository on SQLite. Lists are filtered, paged and counted in SQL.
class SqlTrainingRepository final : public TrainingRepository
{
  public:
    explicit SqlTrainingRepository(Database& db) : m_db(db) {}

    void saveCourse(TrainingCourse& course) override;
    std::optional<TrainingCourse> findCourse(qint64 id) const override;
    QList<TrainingCourse> courses(bool activeOnly, int offset, int limit) const override;
    int countCourses(bool activeOnly) const override;
    void removeCourse(qint64 id) override;

    void saveSession(TrainingSession& session) override;
    std::optional<TrainingSession> findSession(qint64 id) const override;
    std::optional<TrainingSessionRow> sessionRow(qint64 id) const override;
    QList<TrainingSessionRow> sessions(const TrainingSessionFilter& filter) const override;
    int countSessions(const TrainingSessionFilter& filter) const override;
    void removeSession(qint64 id) override;
    int placesTaken(qint64 sessionId, qint64 exceptEnrolmentId) const override;

    void saveEnrolment(Enrolment& enrolment) override;
    std::optional<Enrolment> findEnrolment(qint64 id) const override;
    std::optional<Enrolment> enrolmentOf(qint64 sessionId, qint64 childminderId,
                                         qint64 prospectId) const override;
    QList<EnrolmentRow> enrolmentsForSession(qint64 sessionId) const override;
    QList<EnrolmentRow> enrolmentsForChildminder(qint64 childminderId) const override;
    QList<EnrolmentRow> enrolmentsForProspect(qint64 prospectId) const override;
    QList<KindHours> hoursByKind(qint64 childminderId, QDate from, QDate to) const override;

    QList<TrainingOrganisation> organisations() const override;
    void addOrganisation(TrainingOrganisation& organisation) override;
    bool prospectExists(qint64 prospectId) const override;

  private:
    QList<EnrolmentRow> enrolmentRows(const QString& whereAndOrder, qint64 id) const;
    std::optional<Enrolment> oneEnrolment(const QString& where, const QVariantList& bindings) const;
    static void bindFilter(QSqlQuery& q, const TrainingSessionFilter& filter);

    Database& m_db;
};

} // namespace parcours
