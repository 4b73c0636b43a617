#pragma once

#include "Enrolment.h"
#include "EnrolmentRules.h"
#include "FieldError.h"
#include "TrainingCourse.h"
#include "TrainingSession.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// The training catalogue's use cases: courses and sessions, enrolling a
// childminder or a prospect, following her enrolment to the certificate, and
// the hours she has done. Every write validates first (French FieldErrors,
// nothing written) and runs in one transaction.
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(TrainingService)

  public:
    explicit TrainingService(AppContext& context) : m_context(context) {}

    FieldErrors validateCourse(const TrainingCourse& course) const;
    FieldErrors saveCourse(TrainingCourse& course);
    FieldErrors validateSession(const TrainingSession& session) const;
    FieldErrors saveSession(TrainingSession& session);

    // A new enrolment as a wish or enrolled (a full session refuses
    // "enrolled", never a wish). `created` receives the stored row.
    FieldErrors enrol(qint64 sessionId, qint64 childminderId,
                      EnrolmentStatus status = EnrolmentStatus::Enrolled, Enrolment* created = nullptr);
    FieldErrors enrolProspect(qint64 sessionId, qint64 prospectId,
                              EnrolmentStatus status = EnrolmentStatus::Enrolled,
                              Enrolment* created = nullptr);
    // Moves an enrolment on; `reason` is required for cancelled and dropped;
    // `hours` (attended, completed) defaults to the session's hours.
    FieldErrors changeStatus(qint64 enrolmentId, EnrolmentStatus to, const QString& reason = {},
                             std::optional<double> hours = std::nullopt);
    // She was there: attended, with the hours done (default: the session's).
    // Already attended: corrects the hours.
    FieldErrors recordAttendance(qint64 enrolmentId, std::optional<double> hours = std::nullopt);
    // The certificate (attestation) came in on `date` (default: today).
    FieldErrors recordCertificate(qint64 enrolmentId, QDate date = {});

    // Her counted hours per obligation category, this calendar year and in all.
    TrainingHoursSummary hoursSummary(qint64 childminderId) const;

    // The French message for a rule problem (used by the CLI and the GUI too).
    static QString problemText(EnrolmentProblem problem, const TrainingSession& session);

  private:
    FieldErrors enrolPerson(qint64 sessionId, qint64 childminderId, qint64 prospectId, EnrolmentStatus status,
                            Enrolment* created);
    FieldErrors move(qint64 enrolmentId, std::optional<EnrolmentStatus> to, const QString& reason,
                     std::optional<double> hours, QDate certificate);

    AppContext& m_context;
};

} // namespace parcours
