#include "SurveyCampaign.h"

#include "KeyedEnum.h"

#include <QCoreApplication>
#include <QLocale>

namespace parcours {

namespace {
constexpr KeyedValue<CampaignStatus> kStatuses[] = {
    {CampaignStatus::ToContact, "to_contact", QT_TRANSLATE_NOOP("SurveyCampaign", "To contact")},
    {CampaignStatus::Invited, "invited", QT_TRANSLATE_NOOP("SurveyCampaign", "Invited")},
    {CampaignStatus::Reminded, "reminded", QT_TRANSLATE_NOOP("SurveyCampaign", "Reminded")},
    {CampaignStatus::Responded, "responded", QT_TRANSLATE_NOOP("SurveyCampaign", "Responded")},
    {CampaignStatus::Refused, "refused", QT_TRANSLATE_NOOP("SurveyCampaign", "Refused")},
    {CampaignStatus::Unreachable, "unreachable", QT_TRANSLATE_NOOP("SurveyCampaign", "Unreachable")},
    {CampaignStatus::OutOfScope, "out_of_scope", QT_TRANSLATE_NOOP("SurveyCampaign", "Out of scope")},
};
} // namespace

QString campaignStatusKey(CampaignStatus status)
{
    return enumKey(kStatuses, status);
}
std::optional<CampaignStatus> campaignStatusFromKey(const QString& key)
{
    return enumFromKey(kStatuses, key);
}
QString campaignStatusLabel(CampaignStatus status)
{
    return enumLabel(kStatuses, "SurveyCampaign", status);
}
QList<CampaignStatus> allCampaignStatuses()
{
    return enumValues(kStatuses);
}

bool isClosedCampaignStatus(CampaignStatus status)
{
    return status == CampaignStatus::Responded || status == CampaignStatus::Refused ||
           status == CampaignStatus::OutOfScope;
}

QString invitationKindKey(InvitationKind kind)
{
    return kind == InvitationKind::Reminder ? QStringLiteral("reminder") : QStringLiteral("invitation");
}

std::optional<InvitationKind> invitationKindFromKey(const QString& key)
{
    if (key == QLatin1String("invitation"))
        return InvitationKind::Invitation;
    if (key == QLatin1String("reminder"))
        return InvitationKind::Reminder;
    return std::nullopt;
}

QString CampaignRules::canRemind(const QList<CampaignInvitation>& history, QDate today) const
{
    bool invited = false;
    int reminders = 0;
    QDate last;
    for (const auto& i : history) {
        if (i.kind == InvitationKind::Invitation)
            invited = true;
        else
            ++reminders;
        if (!last.isValid() || i.date > last)
            last = i.date;
    }
    if (!invited)
        return QCoreApplication::translate("SurveyCampaign",
                                           "She has not been invited yet: send the invitation first.");
    if (reminders >= m_maxReminders)
        return QCoreApplication::translate(
            "SurveyCampaign", "She has already had the maximum of %n reminder(s).", nullptr, m_maxReminders);
    if (last.isValid() && last.daysTo(today) < m_minDaysBetween)
        return QCoreApplication::translate("SurveyCampaign",
                                           "Too soon: the next reminder can be sent from %1 (%n day(s) "
                                           "after the last sending).",
                                           nullptr, m_minDaysBetween)
            .arg(QLocale().toString(last.addDays(m_minDaysBetween), QLocale::ShortFormat));
    return {};
}

} // namespace parcours
