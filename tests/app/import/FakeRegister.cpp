#include "FakeRegister.h"

#include "DomainError.h"
#include "TextFolding.h"

#include <algorithm>
#include <stdexcept>

namespace parcours::test {

void FakeRegister::beforeWrite()
{
    if (requireTransaction && !inTransaction)
        throw std::logic_error("write outside a transaction");
    ++writes;
    if (failOnWrite > 0 && writes == failOnWrite)
        throw StorageError(QStringLiteral("disk full"));
}

qint64 FakeRegister::addPerson(Childminder person)
{
    person.id = data.nextId++;
    person.version = 1;
    data.people.insert(person.id, person);
    return person.id;
}

qint64 FakeRegister::addApproval(Approval approval)
{
    approval.id = data.nextId++;
    approval.version = 1;
    data.approvals.insert(approval.id, approval);
    return approval.id;
}

qint64 FakeRegister::addRelay(Relay relay)
{
    relay.id = data.nextId++;
    data.relays.insert(relay.id, relay);
    return relay.id;
}

// --- Childminders -----------------------------------------------------------

std::optional<Childminder> FakeRegister::Childminders::find(qint64 id) const
{
    const auto it = m_owner.data.people.constFind(id);
    if (it == m_owner.data.people.constEnd())
        return std::nullopt;
    return *it;
}

void FakeRegister::Childminders::insert(Childminder& person)
{
    m_owner.beforeWrite();
    person.id = m_owner.data.nextId++;
    person.version = 1;
    m_owner.data.people.insert(person.id, person);
}

void FakeRegister::Childminders::update(Childminder& person)
{
    m_owner.beforeWrite();
    const auto it = m_owner.data.people.find(person.id);
    if (it == m_owner.data.people.end())
        throw NotFound(QStringLiteral("no such person"));
    if (it->version != person.version)
        throw ConcurrencyConflict(QStringLiteral("version moved on"));
    ++person.version;
    *it = person;
}

QList<ChildminderSummary> FakeRegister::Childminders::list(const ChildminderQuery&) const
{
    return {};
}

int FakeRegister::Childminders::count(const ChildminderQuery&) const
{
    return int(m_owner.data.people.size());
}

std::optional<qint64> FakeRegister::Childminders::findByApprovalNumber(const QString& number) const
{
    const QString key = approvalNumberKey(number);
    for (const Approval& a : m_owner.data.approvals)
        if (!key.isEmpty() && approvalNumberKey(a.number) == key)
            return a.childminderId;
    return std::nullopt;
}

std::optional<qint64> FakeRegister::Childminders::findByIdentity(const QString& surname,
                                                                 const QString& firstName,
                                                                 QDate birthDate) const
{
    const QString s = foldForMatching(surname);
    for (const Childminder& p : m_owner.data.people)
        if ((foldForMatching(p.usageName) == s || foldForMatching(p.birthName) == s) &&
            foldForMatching(p.firstName) == foldForMatching(firstName) && p.birthDate == birthDate)
            return p.id;
    return std::nullopt;
}

QList<qint64> FakeRegister::Childminders::alertCandidates(QDate, QDate) const
{
    return {};
}

RegisterStatistics FakeRegister::Childminders::statistics(QDate) const
{
    return {};
}

QList<qint64> FakeRegister::Childminders::idsWithStatus(const QList<ChildminderStatus>& statuses) const
{
    QList<qint64> ids;
    for (const Childminder& p : m_owner.data.people)
        if (statuses.contains(p.status))
            ids << p.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

int FakeRegister::Childminders::reassignRelay(const QString& inseeCode, qint64 relayId)
{
    int changed = 0;
    for (Childminder& p : m_owner.data.people)
        if (p.inseeCode == inseeCode && !p.relayOverridden && p.relayId != relayId) {
            p.relayId = relayId;
            ++changed;
        }
    return changed;
}

// --- Approvals --------------------------------------------------------------

QList<Approval> FakeRegister::Approvals::forChildminder(qint64 childminderId) const
{
    QList<Approval> out;
    for (const Approval& a : m_owner.data.approvals)
        if (a.childminderId == childminderId)
            out << a;
    std::sort(out.begin(), out.end(), [](const Approval& a, const Approval& b) { return a.id < b.id; });
    return out;
}

void FakeRegister::Approvals::save(Approval& approval)
{
    m_owner.beforeWrite();
    if (approval.id == 0)
        approval.id = m_owner.data.nextId++;
    for (ApprovalEvent& e : approval.events) {
        if (e.id == 0)
            e.id = m_owner.data.nextId++;
        e.approvalId = approval.id;
    }
    ++approval.version;
    m_owner.data.approvals.insert(approval.id, approval);
}

// --- Relays -----------------------------------------------------------------

QList<Relay> FakeRegister::Relays::all() const
{
    return m_owner.data.relays.values();
}

std::optional<Relay> FakeRegister::Relays::find(qint64 id) const
{
    const auto it = m_owner.data.relays.constFind(id);
    if (it == m_owner.data.relays.constEnd())
        return std::nullopt;
    return *it;
}

void FakeRegister::Relays::save(Relay& relay)
{
    m_owner.beforeWrite();
    if (relay.id == 0)
        relay.id = m_owner.data.nextId++;
    m_owner.data.relays.insert(relay.id, relay);
}

std::optional<qint64> FakeRegister::Relays::relayForCommune(const QString& inseeCode,
                                                            const QString& epciCode) const
{
    for (const Relay& r : m_owner.data.relays)
        if (r.communeCodes.contains(inseeCode))
            return r.id;
    for (const Relay& r : m_owner.data.relays)
        if (!epciCode.isEmpty() && r.epciCodes.contains(epciCode))
            return r.id;
    return std::nullopt;
}

// --- Transactions -----------------------------------------------------------

void FakeRegister::Transactions::inWriteTransaction(const std::function<void()>& work)
{
    if (m_owner.inTransaction)
        throw std::logic_error("nested transaction");
    ++m_owner.transactionsRun;
    const Data snapshot = m_owner.data;
    m_owner.inTransaction = true;
    try {
        work();
    } catch (...) {
        m_owner.data = snapshot;
        m_owner.inTransaction = false;
        throw;
    }
    m_owner.inTransaction = false;
}

} // namespace parcours::test
