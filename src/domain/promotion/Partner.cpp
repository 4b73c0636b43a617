#include "Partner.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<PartnerKind> kKinds[] = {
    {PartnerKind::Psmi, "psmi", QT_TRANSLATE_NOOP("Partner", "PSMI")},
    {PartnerKind::Caf, "caf", QT_TRANSLATE_NOOP("Partner", "CAF")},
    {PartnerKind::FranceTravail, "france_travail", QT_TRANSLATE_NOOP("Partner", "France Travail")},
    {PartnerKind::RpeBody, "rpe_body", QT_TRANSLATE_NOOP("Partner", "RPE managing body")},
    {PartnerKind::TrainingBody, "training_body", QT_TRANSLATE_NOOP("Partner", "Training body")},
    {PartnerKind::IperiaBody, "iperia_body", QT_TRANSLATE_NOOP("Partner", "IPERIA-labelled body")},
    {PartnerKind::Departement, "departement", QT_TRANSLATE_NOOP("Partner", "Département")},
    {PartnerKind::IntegrationEmployer, "integration_employer",
     QT_TRANSLATE_NOOP("Partner", "Integration employer")},
    {PartnerKind::Other, "other", QT_TRANSLATE_NOOP("Partner", "Other")},
};
} // namespace

QString partnerKindKey(PartnerKind kind)
{
    return enumKey(kKinds, kind);
}
std::optional<PartnerKind> partnerKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}
QString partnerKindLabel(PartnerKind kind)
{
    return enumLabel(kKinds, "Partner", kind);
}
QList<PartnerKind> allPartnerKinds()
{
    return enumValues(kKinds);
}

} // namespace parcours
