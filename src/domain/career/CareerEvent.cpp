#include "CareerEvent.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<CareerEventKind> kKinds[] = {
    {CareerEventKind::FirstApproval, "first_approval",
     QT_TRANSLATE_NOOP("CareerEventKind", "First agrément")},
    {CareerEventKind::Renewal, "renewal", QT_TRANSLATE_NOOP("CareerEventKind", "Agrément renewed")},
    {CareerEventKind::PlaceChange, "place_change",
     QT_TRANSLATE_NOOP("CareerEventKind", "Change of place of practice")},
    {CareerEventKind::JoinedMam, "joined_mam", QT_TRANSLATE_NOOP("CareerEventKind", "Joined a MAM")},
    {CareerEventKind::LeftMam, "left_mam", QT_TRANSLATE_NOOP("CareerEventKind", "Left a MAM")},
    {CareerEventKind::FirstChild, "first_child",
     QT_TRANSLATE_NOOP("CareerEventKind", "First child cared for")},
    {CareerEventKind::Qualification, "qualification",
     QT_TRANSLATE_NOOP("CareerEventKind", "Qualification obtained")},
    {CareerEventKind::VaeStep, "vae_step", QT_TRANSLATE_NOOP("CareerEventKind", "VAE step")},
    {CareerEventKind::ProfessionalReview, "professional_review",
     QT_TRANSLATE_NOOP("CareerEventKind", "Professional review")},
    {CareerEventKind::MonEnfantDeclaration, "mon_enfant_declaration",
     QT_TRANSLATE_NOOP("CareerEventKind", "mon-enfant.fr declaration")},
    {CareerEventKind::CollectiveChildcare, "collective_childcare",
     QT_TRANSLATE_NOOP("CareerEventKind", "Moved to collective childcare")},
    {CareerEventKind::Retraining, "retraining", QT_TRANSLATE_NOOP("CareerEventKind", "Retraining")},
    {CareerEventKind::Stop, "stop", QT_TRANSLATE_NOOP("CareerEventKind", "Stopped working")},
    {CareerEventKind::Other, "other", QT_TRANSLATE_NOOP("CareerEventKind", "Other event")},
};

struct DetailValue
{
    const char* key;
    const char* label;
};

// In the order the steps happen.
constexpr DetailValue kVaeSteps[] = {
    {"eligibility", QT_TRANSLATE_NOOP("CareerEventDetail", "Eligibility (booklet 1)")},
    {"booklet2", QT_TRANSLATE_NOOP("CareerEventDetail", "Booklet 2 submitted")},
    {"jury", QT_TRANSLATE_NOOP("CareerEventDetail", "Jury")},
};

constexpr DetailValue kStopReasons[] = {
    {"retirement", QT_TRANSLATE_NOOP("CareerEventDetail", "Retirement")},
    {"retraining", QT_TRANSLATE_NOOP("CareerEventDetail", "Retraining")},
    {"moving", QT_TRANSLATE_NOOP("CareerEventDetail", "Moving away")},
    {"personal", QT_TRANSLATE_NOOP("CareerEventDetail", "Personal reasons")},
    {"other", QT_TRANSLATE_NOOP("CareerEventDetail", "Other reason")},
};

template <size_t N> QStringList keysOf(const DetailValue (&table)[N])
{
    QStringList keys;
    for (const auto& v : table)
        keys << QString::fromLatin1(v.key);
    return keys;
}

template <size_t N> QString labelOf(const DetailValue (&table)[N], const QString& key)
{
    for (const auto& v : table)
        if (key == QLatin1String(v.key))
            return QCoreApplication::translate("CareerEventDetail", v.label);
    return key;
}
} // namespace

QString careerEventKindKey(CareerEventKind kind)
{
    return enumKey(kKinds, kind);
}

std::optional<CareerEventKind> careerEventKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}

QString careerEventKindLabel(CareerEventKind kind)
{
    return enumLabel(kKinds, "CareerEventKind", kind);
}

QList<CareerEventKind> allCareerEventKinds()
{
    return enumValues(kKinds);
}

QStringList careerEventDetailKeys(CareerEventKind kind)
{
    if (kind == CareerEventKind::VaeStep)
        return keysOf(kVaeSteps);
    if (kind == CareerEventKind::Stop)
        return keysOf(kStopReasons);
    return {};
}

QString careerEventDetailLabel(CareerEventKind kind, const QString& detailKey)
{
    if (kind == CareerEventKind::VaeStep)
        return labelOf(kVaeSteps, detailKey);
    if (kind == CareerEventKind::Stop)
        return labelOf(kStopReasons, detailKey);
    return detailKey;
}

bool careerEventNeedsDetail(CareerEventKind kind)
{
    return kind == CareerEventKind::VaeStep || kind == CareerEventKind::Stop;
}

} // namespace parcours
