#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// An enrolment's life: souhait → inscrit(e) → présent(e) / terminé →
// attestation reçue; or annulé / abandon (both need a reason). Stable keys
// (stored in enrolments.status) in EnrolmentStatus.cpp.
enum class EnrolmentStatus { Wish, Enrolled, Attended, Completed, Certified, Cancelled, Dropped };

QString enrolmentStatusKey(EnrolmentStatus status);
std::optional<EnrolmentStatus> enrolmentStatusFromKey(const QString& key);
QString enrolmentStatusLabel(EnrolmentStatus status);
QList<EnrolmentStatus> allEnrolmentStatuses();
// Whether the enrolment's hours_done count towards her obligations.
bool countsHours(EnrolmentStatus status);
// Whether it takes a place in the session (capacity).
bool takesPlace(EnrolmentStatus status);

} // namespace parcours
