#include "Approval.h"

#include <QCoreApplication>

namespace parcours {

QString approvalStatusKey(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Active:
        return QStringLiteral("active");
    case ApprovalStatus::Suspended:
        return QStringLiteral("suspended");
    case ApprovalStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case ApprovalStatus::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

std::optional<ApprovalStatus> approvalStatusFromKey(const QString& key)
{
    for (auto s : {ApprovalStatus::Active, ApprovalStatus::Suspended, ApprovalStatus::Withdrawn,
                   ApprovalStatus::Ended})
        if (approvalStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString approvalStatusLabel(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Active:
        return QCoreApplication::translate("ApprovalStatus", "In force");
    case ApprovalStatus::Suspended:
        return QCoreApplication::translate("ApprovalStatus", "Suspended");
    case ApprovalStatus::Withdrawn:
        return QCoreApplication::translate("ApprovalStatus", "Withdrawn");
    case ApprovalStatus::Ended:
        return QCoreApplication::translate("ApprovalStatus", "Ended");
    }
    return {};
}

QString approvalNumberKey(const QString& number)
{
    QString key;
    key.reserve(number.size());
    for (const QChar c : number)
        if (c.isLetterOrNumber())
            key += c.toUpper();
    return key;
}

bool Approval::isInForceOn(QDate day) const
{
    if (status == ApprovalStatus::Withdrawn || status == ApprovalStatus::Ended)
        return false;
    if (startDate.isValid() && day < startDate)
        return false;
    return !endDate.isValid() || day <= endDate;
}

std::optional<ApprovalEvent> Approval::suspensionOn(QDate day) const
{
    for (const auto& e : events) {
        if (e.kind != ApprovalEventKind::Suspension || e.date > day)
            continue;
        if (!e.endDate.isValid() || day <= e.endDate)
            return e;
    }
    return std::nullopt;
}

} // namespace parcours
