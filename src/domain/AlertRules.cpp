#include "AlertRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace parcours {

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::ApprovalEndingSoon:
        return QStringLiteral("approval_ending");
    case AlertKind::RenewalFileDue:
        return QStringLiteral("renewal_file_due");
    case AlertKind::SuspensionTooLong:
        return QStringLiteral("suspension_too_long");
    case AlertKind::MamOverLimits:
        return QStringLiteral("mam_over_limits");
    case AlertKind::ExpiredWhileActive:
        return QStringLiteral("expired_while_active");
    case AlertKind::TrainingDeadline:
        return QStringLiteral("training_deadline");
    }
    return {};
}

namespace {
QString fr(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// The approval that currently governs her: the latest by start date that was
// not withdrawn, so an old ended agrément never hides the new one.
const Approval* currentApproval(const QList<Approval>& approvals)
{
    const Approval* current = nullptr;
    for (const auto& a : approvals) {
        if (!current || a.startDate > current->startDate)
            current = &a;
    }
    return current;
}
} // namespace

QDate AlertRules::latestEndToWatch(QDate today, int withinMonths) const
{
    return today.addMonths(std::max(withinMonths, m_settings.renewalFileMonthsBefore));
}

QList<Alert> AlertRules::alertsFor(const Childminder& person, const QList<Approval>& approvals,
                                   QDate today) const
{
    QList<Alert> alerts;
    auto add = [&](AlertKind kind, QDate date, QString message) {
        alerts.append(Alert{kind, person.id, 0, person.displayName(), date, std::move(message)});
    };

    const Approval* current = currentApproval(approvals);
    const bool working =
        person.status == ChildminderStatus::Active || person.status == ChildminderStatus::Suspended;

    if (current && working && current->endDate.isValid()) {
        const bool live =
            current->status == ApprovalStatus::Active || current->status == ApprovalStatus::Suspended;
        if (current->endDate < today && person.status == ChildminderStatus::Active) {
            add(AlertKind::ExpiredWhileActive, current->endDate,
                QCoreApplication::translate("AlertRules",
                                            "Agrément expired on %1 but she is still recorded as working.")
                    .arg(fr(current->endDate)));
        } else if (!live && person.status == ChildminderStatus::Active) {
            add(AlertKind::ExpiredWhileActive, current->endDate,
                QCoreApplication::translate("AlertRules",
                                            "Her agrément is %1 but she is still recorded as working.")
                    .arg(approvalStatusLabel(current->status).toLower()));
        } else if (live && current->endDate >= today) {
            if (current->endDate <= today.addMonths(m_settings.alertEndingWithinMonths))
                add(AlertKind::ApprovalEndingSoon, current->endDate,
                    QCoreApplication::translate("AlertRules", "Agrément ends on %1.")
                        .arg(fr(current->endDate)));
            const QDate fileDue = current->endDate.addMonths(-m_settings.renewalFileMonthsBefore);
            if (today >= fileDue.addMonths(-1) && today <= current->endDate)
                add(AlertKind::RenewalFileDue, fileDue,
                    fileDue < today
                        ? QCoreApplication::translate("AlertRules", "Renewal file overdue since %1.")
                              .arg(fr(fileDue))
                        : QCoreApplication::translate("AlertRules", "Renewal file due by %1.")
                              .arg(fr(fileDue)));
        }
    } else if (!current && person.status == ChildminderStatus::Active) {
        add(AlertKind::ExpiredWhileActive, QDate(),
            QCoreApplication::translate("AlertRules", "Recorded as working but no agrément is on file."));
    }

    for (const auto& a : approvals) {
        for (const auto& e : a.events) {
            if (e.kind != ApprovalEventKind::Suspension || e.date > today)
                continue;
            const QDate limit = e.date.addMonths(m_settings.suspensionMaxMonths);
            const bool stillRunning = !e.endDate.isValid() || e.endDate >= today;
            const bool plannedTooLong = e.endDate.isValid() && e.endDate > limit;
            if ((stillRunning && today > limit) || (stillRunning && plannedTooLong))
                add(AlertKind::SuspensionTooLong, e.date,
                    QCoreApplication::translate("AlertRules",
                                                "Suspension since %1 runs past the %2-month limit (%3).")
                        .arg(fr(e.date))
                        .arg(m_settings.suspensionMaxMonths)
                        .arg(fr(limit)));
        }
    }
    return alerts;
}

QList<Alert> AlertRules::alertsFor(const Mam& mam, QDate today) const
{
    QList<Alert> alerts;
    const int members = mam.memberCountOn(today);
    const int children = mam.childCapacityOn(today);
    if (members > m_settings.mamMaxMembers)
        alerts.append(Alert{AlertKind::MamOverLimits, 0, mam.id, mam.name, today,
                            QCoreApplication::translate("AlertRules", "%1 members: a MAM has at most %2.")
                                .arg(members)
                                .arg(m_settings.mamMaxMembers)});
    if (children > m_settings.mamMaxChildren)
        alerts.append(Alert{AlertKind::MamOverLimits, 0, mam.id, mam.name, today,
                            QCoreApplication::translate(
                                "AlertRules", "%1 places in all: a MAM receives at most %2 children at once.")
                                .arg(children)
                                .arg(m_settings.mamMaxChildren)});
    return alerts;
}

} // namespace parcours
