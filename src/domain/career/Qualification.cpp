#include "Qualification.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<QualificationKind> kKinds[] = {
    {QualificationKind::CapEp1, "cap_ep1", QT_TRANSLATE_NOOP("QualificationKind", "CAP AEPE test EP1")},
    {QualificationKind::CapEp2, "cap_ep2", QT_TRANSLATE_NOOP("QualificationKind", "CAP AEPE test EP2")},
    {QualificationKind::CapEp3, "cap_ep3", QT_TRANSLATE_NOOP("QualificationKind", "CAP AEPE test EP3")},
    {QualificationKind::CapAepe, "cap_aepe",
     QT_TRANSLATE_NOOP("QualificationKind", "CAP AEPE (whole diploma)")},
    {QualificationKind::Other, "other", QT_TRANSLATE_NOOP("QualificationKind", "Other qualification")},
};

constexpr KeyedValue<QualificationResult> kResults[] = {
    {QualificationResult::Sat, "sat", QT_TRANSLATE_NOOP("QualificationResult", "Sat, result awaited")},
    {QualificationResult::Passed, "passed", QT_TRANSLATE_NOOP("QualificationResult", "Passed")},
    {QualificationResult::Failed, "failed", QT_TRANSLATE_NOOP("QualificationResult", "Failed")},
};
} // namespace

QString qualificationKindKey(QualificationKind kind)
{
    return enumKey(kKinds, kind);
}

std::optional<QualificationKind> qualificationKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}

QString qualificationKindLabel(QualificationKind kind)
{
    return enumLabel(kKinds, "QualificationKind", kind);
}

QList<QualificationKind> allQualificationKinds()
{
    return enumValues(kKinds);
}

QString qualificationResultKey(QualificationResult result)
{
    return enumKey(kResults, result);
}

std::optional<QualificationResult> qualificationResultFromKey(const QString& key)
{
    return enumFromKey(kResults, key);
}

QString qualificationResultLabel(QualificationResult result)
{
    return enumLabel(kResults, "QualificationResult", result);
}

QList<QualificationResult> allQualificationResults()
{
    return enumValues(kResults);
}

bool Qualification::passes(QualificationKind test) const
{
    if (result != QualificationResult::Passed)
        return false;
    return kind == test || kind == QualificationKind::CapAepe;
}

bool Qualification::sits(QualificationKind test) const
{
    return kind == test || (kind == QualificationKind::CapAepe && result == QualificationResult::Passed);
}

} // namespace parcours
