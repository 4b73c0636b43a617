#pragma once

#include "ContactEntry.h"
#include "RuleSettings.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// Where one childminder stands in a yearly survey campaign (issue 3, point 4).
enum class CampaignStatus { ToContact, Invited, Reminded, Responded, Refused, Unreachable, OutOfScope };

QString campaignStatusKey(CampaignStatus status);
std::optional<CampaignStatus> campaignStatusFromKey(const QString& key);
QString campaignStatusLabel(CampaignStatus status);
QList<CampaignStatus> allCampaignStatuses();
// Responded, refused and out of scope: nothing more is sent to her.
bool isClosedCampaignStatus(CampaignStatus status);

inline size_t qHash(CampaignStatus status, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(status), seed);
}

// One yearly campaign: which stored questionnaire version it uses and whom it
// concerns (every working childminder, or those of some relays).
struct SurveyCampaign
{
    qint64 id = 0;
    int year = 0;
    qint64 questionnaireId = 0;
    QList<qint64> scopeRelayIds; // empty: every working childminder
    QDateTime createdAt;
    int version = 0;
};

enum class InvitationKind { Invitation, Reminder };

QString invitationKindKey(InvitationKind kind);
std::optional<InvitationKind> invitationKindFromKey(const QString& key);

// A letter, email, call... asking her to answer, first time or again.
struct CampaignInvitation
{
    qint64 id = 0;
    QDate date;
    ContactChannel channel = ContactChannel::Letter;
    InvitationKind kind = InvitationKind::Invitation;
};

// A line of a campaign's call list.
struct CampaignPersonRow
{
    qint64 childminderId = 0;
    QString name;
    QString communeName;
    QString relayName;
    QString phone;
    CampaignStatus status = CampaignStatus::ToContact;
    QString referenceCode;
    qint64 relayId = 0;
    QString email;
    QDate lastInvitation; // null when nothing was sent yet
    int reminders = 0;
};

// Which lines of a call list to show: every status when `status` is empty,
// every relay when `relayId` is 0.
struct CampaignPeopleFilter
{
    std::optional<CampaignStatus> status;
    qint64 relayId = 0;
};

// How many reminders a childminder may get and how far apart (settings).
class CampaignRules
{
  public:
    explicit CampaignRules(const RuleSettings& settings)
        : m_maxReminders(settings.campaignMaxReminders),
          m_minDaysBetween(settings.campaignMinDaysBetweenReminders)
    {
    }
    // Why a reminder cannot be sent on `today` given what was already sent
    // (translated sentence), or an empty string when it can. Her status
    // (responded, refused...) is the service's business.
    QString canRemind(const QList<CampaignInvitation>& history, QDate today) const;

  private:
    int m_maxReminders;
    int m_minDaysBetween;
};

} // namespace parcours
