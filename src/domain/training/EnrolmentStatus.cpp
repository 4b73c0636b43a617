#include "EnrolmentStatus.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<EnrolmentStatus> kStatuses[] = {
    {EnrolmentStatus::Wish, "wish", QT_TRANSLATE_NOOP("EnrolmentStatus", "Wish")},
    {EnrolmentStatus::Enrolled, "enrolled", QT_TRANSLATE_NOOP("EnrolmentStatus", "Enrolled")},
    {EnrolmentStatus::Attended, "attended", QT_TRANSLATE_NOOP("EnrolmentStatus", "Attended")},
    {EnrolmentStatus::Completed, "completed", QT_TRANSLATE_NOOP("EnrolmentStatus", "Completed")},
    {EnrolmentStatus::Certified, "certified", QT_TRANSLATE_NOOP("EnrolmentStatus", "Certificate received")},
    {EnrolmentStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("EnrolmentStatus", "Cancelled")},
    {EnrolmentStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("EnrolmentStatus", "Dropped out")},
};
} // namespace

QString enrolmentStatusKey(EnrolmentStatus status)
{
    return enumKey(kStatuses, status);
}

std::optional<EnrolmentStatus> enrolmentStatusFromKey(const QString& key)
{
    return enumFromKey(kStatuses, key);
}

QString enrolmentStatusLabel(EnrolmentStatus status)
{
    return enumLabel(kStatuses, "EnrolmentStatus", status);
}

QList<EnrolmentStatus> allEnrolmentStatuses()
{
    return enumValues(kStatuses);
}

bool countsHours(EnrolmentStatus status)
{
    return status == EnrolmentStatus::Attended || status == EnrolmentStatus::Completed ||
           status == EnrolmentStatus::Certified;
}

bool takesPlace(EnrolmentStatus status)
{
    return status == EnrolmentStatus::Enrolled || countsHours(status);
}

} // namespace parcours
