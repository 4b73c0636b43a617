#include "TrainingKind.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<TrainingKind> kKinds[] = {
    {TrainingKind::InitialBlock1, "initial_block1",
     QT_TRANSLATE_NOOP("TrainingKind", "Initial training, block 1")},
    {TrainingKind::InitialBlock2, "initial_block2",
     QT_TRANSLATE_NOOP("TrainingKind", "Initial training, block 2")},
    {TrainingKind::InitialBlock3, "initial_block3",
     QT_TRANSLATE_NOOP("TrainingKind", "Initial training, block 3")},
    {TrainingKind::FirstAid, "first_aid", QT_TRANSLATE_NOOP("TrainingKind", "First aid")},
    {TrainingKind::InitialSecondPart, "initial_second_part",
     QT_TRANSLATE_NOOP("TrainingKind", "Initial training, second part (40 h)")},
    {TrainingKind::Continuing, "continuing", QT_TRANSLATE_NOOP("TrainingKind", "Continuing training")},
    {TrainingKind::CapPreparation, "cap_preparation",
     QT_TRANSLATE_NOOP("TrainingKind", "CAP AEPE preparation")},
    {TrainingKind::VaeSupport, "vae_support", QT_TRANSLATE_NOOP("TrainingKind", "VAE support")},
    {TrainingKind::PracticeReview, "practice_review",
     QT_TRANSLATE_NOOP("TrainingKind", "Practice-review group")},
    {TrainingKind::Immersion, "immersion", QT_TRANSLATE_NOOP("TrainingKind", "Immersion (PMSMP)")},
    {TrainingKind::InformationMeeting, "information_meeting",
     QT_TRANSLATE_NOOP("TrainingKind", "Information meeting")},
};
} // namespace

QString trainingKindKey(TrainingKind kind)
{
    return enumKey(kKinds, kind);
}

std::optional<TrainingKind> trainingKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}

QString trainingKindLabel(TrainingKind kind)
{
    return enumLabel(kKinds, "TrainingKind", kind);
}

QList<TrainingKind> allTrainingKinds()
{
    return enumValues(kKinds);
}

TrainingHoursCategory hoursCategory(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::InitialBlock1:
    case TrainingKind::InitialBlock2:
    case TrainingKind::InitialBlock3:
    case TrainingKind::FirstAid:
        return TrainingHoursCategory::InitialFirstPart;
    case TrainingKind::InitialSecondPart:
        return TrainingHoursCategory::InitialSecondPart;
    // The plan de développement des compétences funds these from the 58 h.
    case TrainingKind::Continuing:
    case TrainingKind::CapPreparation:
    case TrainingKind::PracticeReview:
        return TrainingHoursCategory::Continuing;
    case TrainingKind::VaeSupport:
    case TrainingKind::Immersion:
    case TrainingKind::InformationMeeting:
        return TrainingHoursCategory::None;
    }
    return TrainingHoursCategory::None;
}

} // namespace parcours
