#include "RelayService.h"

#include "AppContext.h"
#include "ChildminderRepository.h"
#include "CommuneDirectory.h"
#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace parcours {

namespace {
void trimRelay(Relay& relay)
{
    relay.name = relay.name.trimmed();
    relay.managingBody = relay.managingBody.trimmed();
    for (auto& member : relay.staff) {
        member.name = member.name.trimmed();
        member.role = member.role.trimmed();
        member.phone = member.phone.trimmed();
        member.email = member.email.trimmed();
    }
    // Blank staff lines are what an "Add" click left behind: not an error.
    relay.staff.erase(std::remove_if(relay.staff.begin(), relay.staff.end(),
                                     [](const RelayStaffContact& m) {
                                         return m.name.isEmpty() && m.role.isEmpty() && m.phone.isEmpty() &&
                                                m.email.isEmpty();
                                     }),
                      relay.staff.end());
}
} // namespace

namespace {
QList<Relay> byName(QList<Relay> relays)
{
    std::stable_sort(relays.begin(), relays.end(), [](const Relay& a, const Relay& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return relays;
}
} // namespace

QList<Relay> RelayService::list() const
{
    m_context.require(Permission::ReadRecords);
    return byName(m_context.relays().all());
}

QList<Relay> RelayService::summaries() const
{
    m_context.require(Permission::ReadRecords);
    return byName(m_context.relays().summaries());
}

std::optional<Relay> RelayService::find(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.relays().find(id);
}

FieldErrors RelayService::validate(const Relay& relay) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (relay.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the name of the relay.")});

    // A commune served by two relays would make a childminder's relay a coin toss.
    const auto& directory = CommuneDirectory::builtin();
    for (const auto& other : m_context.relays().all()) {
        if (other.id == relay.id)
            continue;
        for (const auto& code : relay.epciCodes) {
            if (other.epciCodes.contains(code)) {
                const auto epci = directory.epci(code);
                errors.append({QStringLiteral("territory"), tr("%1 already belongs to the territory of %2.")
                                                                .arg(epci ? epci->name : code, other.name)});
            }
        }
        for (const auto& code : relay.communeCodes) {
            if (other.communeCodes.contains(code)) {
                const auto commune = directory.byCode(code);
                errors.append(
                    {QStringLiteral("territory"), tr("%1 already belongs to the territory of %2.")
                                                      .arg(commune ? commune->name : code, other.name)});
            }
        }
    }

    for (int i = 0; i < relay.staff.size(); ++i) {
        const auto& member = relay.staff.at(i);
        const int line = i + 1;
        if (member.name.trimmed().isEmpty())
            errors.append({QStringLiteral("staff"), tr("Staff line %1: enter the person's name.").arg(line)});
        if (!member.email.trimmed().isEmpty() && !isPlausibleEmail(member.email.trimmed()))
            errors.append({QStringLiteral("staff"),
                           tr("Staff line %1: the email address is not valid (expected something like "
                              "name@example.fr).")
                               .arg(line)});
        if (!member.phone.trimmed().isEmpty() && !normalisePhone(member.phone))
            errors.append(
                {QStringLiteral("staff"),
                 tr("Staff line %1: the phone number is not a French number of 10 digits.").arg(line)});
    }
    return errors;
}

QSet<QString> RelayService::territoryCommunes(const Relay& relay)
{
    QSet<QString> codes(relay.communeCodes.begin(), relay.communeCodes.end());
    for (const auto& epci : relay.epciCodes)
        for (const auto& commune : CommuneDirectory::builtin().membersOf(epci))
            codes.insert(commune.code);
    return codes;
}

FieldErrors RelayService::save(Relay& relay)
{
    m_context.require(Permission::EditRecords);
    Relay candidate = relay;
    trimRelay(candidate);
    for (auto& member : candidate.staff)
        if (const auto phone = normalisePhone(member.phone))
            member.phone = *phone;
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] {
        // Communes the relay served before or serves now: their people may
        // change relay. Everyone else keeps theirs.
        QSet<QString> affected = territoryCommunes(candidate);
        if (candidate.id > 0)
            if (const auto before = m_context.relays().find(candidate.id))
                affected.unite(territoryCommunes(*before));
        m_context.relays().save(candidate);
        const auto& directory = CommuneDirectory::builtin();
        for (const QString& code : std::as_const(affected)) {
            const auto commune = directory.byCode(code);
            const QString epci = commune ? commune->epciCode : QString();
            m_context.childminders().reassignRelay(
                code, m_context.relays().relayForCommune(code, epci).value_or(0));
        }
    });
    relay = candidate;
    return {};
}

} // namespace parcours
