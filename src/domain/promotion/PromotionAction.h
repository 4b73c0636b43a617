#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// Something done to make the profession known (objective 1).
enum class PromotionActionKind {
    PsmiInfoMeeting,
    JobForum,
    TrainingOrgTalk,
    Stand,
    CommunicationCampaign,
    Other
};

QString promotionActionKindKey(PromotionActionKind kind);
std::optional<PromotionActionKind> promotionActionKindFromKey(const QString& key);
QString promotionActionKindLabel(PromotionActionKind kind);
QList<PromotionActionKind> allPromotionActionKinds();

struct PromotionAction
{
    qint64 id = 0;
    PromotionActionKind kind = PromotionActionKind::PsmiInfoMeeting;
    QString title;
    QDate date;
    QString place;
    int audience = 0;   // people reached (0: not counted)
    qint64 relayId = 0; // 0: none
    QList<qint64> partnerIds;
    QString notes;
    int version = 0;
};

// One page of actions, most recent first: by period (inclusive, null bounds
// open) and kind.
struct PromotionActionQuery
{
    QDate from;
    QDate to;
    std::optional<PromotionActionKind> kind;
    int offset = 0;
    int limit = 100;
};

} // namespace parcours
