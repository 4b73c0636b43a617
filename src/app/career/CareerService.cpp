#include "CareerService.h"

#include "AppContext.h"
#include "CareerRepository.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "DomainError.h"
#include "ImmersionRules.h"
#include "Logging.h"
#include "TransactionRunner.h"

namespace parcours {

namespace {
QString fr(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

bool CareerService::personExists(qint64 personId) const
{
    return personId > 0 && m_context.childminders().find(personId).has_value();
}

FieldErrors CareerService::write(const std::function<void()>& work)
{
    try {
        m_context.transactions().inWriteTransaction(work);
    } catch (const ConcurrencyConflict& conflict) {
        return {{QStringLiteral("version"), conflict.message()}};
    }
    return {};
}

// --- Qualifications --------------------------------------------------------

QList<Qualification> CareerService::qualifications(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.careers().qualifications(personId);
}

FieldErrors CareerService::validate(const Qualification& q) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (!personExists(q.childminderId))
        errors.append(
            {QStringLiteral("childminder"), tr("Save the childminder before recording her results.")});
    if (!q.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the test or of the diploma.")});
    else if (q.date > m_context.clock().today())
        errors.append(
            {QStringLiteral("date"), tr("The date is in the future: record a result once it is known.")});
    if (q.kind == QualificationKind::Other && q.label.trimmed().isEmpty())
        errors.append({QStringLiteral("label"), tr("Name the qualification.")});
    return errors;
}

FieldErrors CareerService::save(Qualification& q)
{
    m_context.require(Permission::EditRecords);
    Qualification candidate = q;
    candidate.label = candidate.label.trimmed();
    FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    errors = write([&] { m_context.careers().save(candidate); });
    if (!errors.isEmpty())
        return errors;
    logInfo(QStringLiteral("qualification %1 saved for childminder %2")
                .arg(candidate.id)
                .arg(candidate.childminderId));
    q = candidate;
    return {};
}

FieldErrors CareerService::remove(const Qualification& q)
{
    m_context.require(Permission::DeleteRecords);
    return write([&] { m_context.careers().removeQualification(q.id, q.version); });
}

// --- Career events ---------------------------------------------------------

QList<CareerEvent> CareerService::events(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.careers().events(personId);
}

FieldErrors CareerService::validate(const CareerEvent& e) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (!personExists(e.childminderId))
        errors.append(
            {QStringLiteral("childminder"), tr("Save the childminder before recording her career.")});
    if (!e.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the event.")});
    else if (e.date > m_context.clock().today())
        errors.append(
            {QStringLiteral("date"), tr("The event is in the future: record it once it has happened.")});
    const QStringList details = careerEventDetailKeys(e.kind);
    if (careerEventNeedsDetail(e.kind) && !details.contains(e.detail)) {
        errors.append({QStringLiteral("detail"), e.kind == CareerEventKind::Stop
                                                     ? tr("Choose why she stopped working.")
                                                     : tr("Choose which VAE step this is.")});
        return errors;
    }
    if (e.kind == CareerEventKind::VaeStep && e.date.isValid() && e.detail != vae_step::eligibility) {
        // The steps come in order: eligibility, booklet 2, jury.
        const QString before = details.at(details.indexOf(e.detail) - 1);
        bool found = false;
        for (const auto& other : m_context.careers().events(e.childminderId))
            found = found || (other.id != e.id && other.kind == CareerEventKind::VaeStep &&
                              other.detail == before && other.date <= e.date);
        if (!found)
            errors.append(
                {QStringLiteral("detail"), tr("Record the step « %1 » first, dated on or before %2.")
                                               .arg(careerEventDetailLabel(e.kind, before), fr(e.date))});
    }
    return errors;
}

FieldErrors CareerService::save(CareerEvent& e)
{
    m_context.require(Permission::EditRecords);
    CareerEvent candidate = e;
    candidate.note = candidate.note.trimmed();
    if (!careerEventNeedsDetail(candidate.kind))
        candidate.detail.clear();
    if (!candidate.createdAt.isValid())
        candidate.createdAt = m_context.clock().now();
    FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    errors = write([&] { m_context.careers().save(candidate); });
    if (!errors.isEmpty())
        return errors;
    logInfo(QStringLiteral("career event %1 (%2) saved for childminder %3")
                .arg(candidate.id)
                .arg(careerEventKindKey(candidate.kind))
                .arg(candidate.childminderId));
    e = candidate;
    return {};
}

FieldErrors CareerService::remove(const CareerEvent& e)
{
    m_context.require(Permission::DeleteRecords);
    return write([&] { m_context.careers().removeEvent(e.id, e.version); });
}

// --- Immersions ------------------------------------------------------------

QList<Immersion> CareerService::immersions(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.careers().immersionsOfPerson(personId);
}

QStringList CareerService::immersionProblems(const Immersion& i) const
{
    m_context.require(Permission::ReadRecords);
    const QList<Immersion> others =
        i.childminderId > 0 ? m_context.careers().immersionsOfPerson(i.childminderId)
        : i.prospectId > 0  ? m_context.careers().immersionsOfProspect(i.prospectId)
                            : QList<Immersion>();
    return ImmersionRules(m_context.rules()).problems(i, others);
}

FieldErrors CareerService::validate(const Immersion& i) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (i.childminderId > 0 ? !personExists(i.childminderId) : i.prospectId <= 0)
        errors.append({QStringLiteral("childminder"), tr("Save the person before recording her immersion.")});
    if (i.hostPartnerId <= 0 && i.hostName.trimmed().isEmpty())
        errors.append({QStringLiteral("host"), tr("Enter the host of the immersion.")});
    if (i.renewalOf > 0) {
        const auto renewed = m_context.careers().findImmersion(i.renewalOf);
        if (!renewed || renewed->childminderId != i.childminderId || renewed->prospectId != i.prospectId)
            errors.append({QStringLiteral("renewalOf"), tr("The immersion renewed must be one of hers.")});
    }
    for (const auto& problem : immersionProblems(i))
        errors.append({QStringLiteral("dates"), problem});
    return errors;
}

FieldErrors CareerService::save(Immersion& i)
{
    m_context.require(Permission::EditRecords);
    Immersion candidate = i;
    candidate.hostName = candidate.hostName.trimmed();
    candidate.note = candidate.note.trimmed();
    FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    errors = write([&] { m_context.careers().save(candidate); });
    if (!errors.isEmpty())
        return errors;
    i = candidate;
    return {};
}

FieldErrors CareerService::remove(const Immersion& i)
{
    m_context.require(Permission::DeleteRecords);
    return write([&] { m_context.careers().removeImmersion(i.id, i.version); });
}

} // namespace parcours
