#include "Prospect.h"

#include "KeyedEnum.h"

#include <algorithm>

namespace parcours {

namespace {
constexpr KeyedValue<ProspectChannel> kChannels[] = {
    {ProspectChannel::InfoMeeting, "info_meeting", QT_TRANSLATE_NOOP("Prospect", "Information meeting")},
    {ProspectChannel::JobForum, "job_forum", QT_TRANSLATE_NOOP("Prospect", "Job forum")},
    {ProspectChannel::TrainingOrg, "training_org", QT_TRANSLATE_NOOP("Prospect", "Training organisation")},
    {ProspectChannel::FranceTravail, "france_travail", QT_TRANSLATE_NOOP("Prospect", "France Travail")},
    {ProspectChannel::IntegrationEmployer, "integration_employer",
     QT_TRANSLATE_NOOP("Prospect", "Integration employer")},
    {ProspectChannel::Rpe, "rpe", QT_TRANSLATE_NOOP("Prospect", "RPE")},
    {ProspectChannel::WordOfMouth, "word_of_mouth", QT_TRANSLATE_NOOP("Prospect", "Word of mouth")},
    {ProspectChannel::SocialMedia, "social_media", QT_TRANSLATE_NOOP("Prospect", "Social media")},
    {ProspectChannel::Press, "press", QT_TRANSLATE_NOOP("Prospect", "Press")},
    {ProspectChannel::Website, "website", QT_TRANSLATE_NOOP("Prospect", "Website")},
    {ProspectChannel::Other, "other", QT_TRANSLATE_NOOP("Prospect", "Other")},
};

// In the order of the way: stageRank is the position in this table.
constexpr KeyedValue<ProspectStage> kStages[] = {
    {ProspectStage::Interested, "interested", QT_TRANSLATE_NOOP("Prospect", "Interested")},
    {ProspectStage::InfoMeeting, "info_meeting", QT_TRANSLATE_NOOP("Prospect", "Information meeting")},
    {ProspectStage::Immersion, "immersion", QT_TRANSLATE_NOOP("Prospect", "Immersion / work placement")},
    {ProspectStage::Training, "training", QT_TRANSLATE_NOOP("Prospect", "Training")},
    {ProspectStage::ApplicationFiled, "application_filed",
     QT_TRANSLATE_NOOP("Prospect", "Agrément application filed")},
    {ProspectStage::Approved, "approved", QT_TRANSLATE_NOOP("Prospect", "Approved")},
    {ProspectStage::FirstChild, "first_child", QT_TRANSLATE_NOOP("Prospect", "First child minded")},
    {ProspectStage::Dropped, "dropped", QT_TRANSLATE_NOOP("Prospect", "Dropped out")},
};
} // namespace

QString prospectChannelKey(ProspectChannel channel)
{
    return enumKey(kChannels, channel);
}
std::optional<ProspectChannel> prospectChannelFromKey(const QString& key)
{
    return enumFromKey(kChannels, key);
}
QString prospectChannelLabel(ProspectChannel channel)
{
    return enumLabel(kChannels, "Prospect", channel);
}
QList<ProspectChannel> allProspectChannels()
{
    return enumValues(kChannels);
}

QString prospectStageKey(ProspectStage stage)
{
    return enumKey(kStages, stage);
}
std::optional<ProspectStage> prospectStageFromKey(const QString& key)
{
    return enumFromKey(kStages, key);
}
QString prospectStageLabel(ProspectStage stage)
{
    return enumLabel(kStages, "Prospect", stage);
}
QList<ProspectStage> allProspectStages()
{
    return enumValues(kStages);
}

QList<ProspectStage> funnelStages()
{
    QList<ProspectStage> stages = allProspectStages();
    stages.removeAll(ProspectStage::Dropped);
    return stages;
}

int stageRank(ProspectStage stage)
{
    return stage == ProspectStage::Dropped ? -1 : int(funnelStages().indexOf(stage));
}

std::optional<ProspectStage> nextStage(ProspectStage stage)
{
    const auto stages = funnelStages();
    const int rank = stageRank(stage);
    if (rank < 0 || rank + 1 >= stages.size())
        return std::nullopt;
    return stages.at(rank + 1);
}

QString Prospect::displayName() const
{
    const QString last = lastName.trimmed().toUpper();
    const QString first = firstName.trimmed();
    if (last.isEmpty())
        return first;
    return first.isEmpty() ? last : last + QLatin1Char(' ') + first;
}

ProspectStage Prospect::furthestStage() const
{
    int best = stageRank(stage);
    for (const auto& entry : history)
        best = std::max(best, stageRank(entry.stage));
    return funnelStages().value(std::max(best, 0));
}

} // namespace parcours
