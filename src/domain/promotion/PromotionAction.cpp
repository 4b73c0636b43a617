#include "PromotionAction.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<PromotionActionKind> kKinds[] = {
    {PromotionActionKind::PsmiInfoMeeting, "psmi_info_meeting",
     QT_TRANSLATE_NOOP("PromotionAction", "PSMI information meeting")},
    {PromotionActionKind::JobForum, "job_forum", QT_TRANSLATE_NOOP("PromotionAction", "Job forum")},
    {PromotionActionKind::TrainingOrgTalk, "training_org_talk",
     QT_TRANSLATE_NOOP("PromotionAction", "Talk at a training organisation")},
    {PromotionActionKind::Stand, "stand", QT_TRANSLATE_NOOP("PromotionAction", "Stand")},
    {PromotionActionKind::CommunicationCampaign, "communication_campaign",
     QT_TRANSLATE_NOOP("PromotionAction", "Communication campaign")},
    {PromotionActionKind::Other, "other", QT_TRANSLATE_NOOP("PromotionAction", "Other")},
};
} // namespace

QString promotionActionKindKey(PromotionActionKind kind)
{
    return enumKey(kKinds, kind);
}
std::optional<PromotionActionKind> promotionActionKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}
QString promotionActionKindLabel(PromotionActionKind kind)
{
    return enumLabel(kKinds, "PromotionAction", kind);
}
QList<PromotionActionKind> allPromotionActionKinds()
{
    return enumValues(kKinds);
}

} // namespace parcours
