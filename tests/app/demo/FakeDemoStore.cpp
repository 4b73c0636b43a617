#include "FakeDemoStore.h"

#include "DomainError.h"

#include <QCryptographicHash>
#include <QStringList>

namespace parcours::testing {

class FakeDemoStore::Childminders final : public ChildminderRepository
{
  public:
    explicit Childminders(FakeDemoStore& s) : m_s(s) {}

    std::optional<Childminder> find(qint64 id) const override
    {
        const auto it = m_s.people.find(id);
        return it == m_s.people.end() ? std::nullopt : std::optional<Childminder>(it->second);
    }
    void insert(Childminder& person) override
    {
        person.id = m_s.nextId++;
        person.version = 1;
        ++m_s.inserted;
        if (m_s.keepRecords)
            m_s.people[person.id] = person;
    }
    void update(Childminder& person) override
    {
        const auto it = m_s.people.find(person.id);
        if (it == m_s.people.end() || it->second.version != person.version)
            throw ConcurrencyConflict(QStringLiteral("version"));
        ++person.version;
        it->second = person;
    }
    QList<ChildminderSummary> list(const ChildminderQuery&) const override { return {}; }
    int count(const ChildminderQuery& query) const override
    {
        int n = 0;
        for (const auto& [id, p] : m_s.people)
            n += query.statuses.isEmpty() || query.statuses.contains(p.status);
        return n;
    }
    std::optional<qint64> findByApprovalNumber(const QString& number) const override
    {
        const QString key = approvalNumberKey(number);
        for (const auto& [id, a] : m_s.approvalRows)
            if (!key.isEmpty() && approvalNumberKey(a.number) == key)
                return a.childminderId;
        return std::nullopt;
    }
    std::optional<qint64> findByIdentity(const QString& surname, const QString& firstName,
                                         QDate birthDate) const override
    {
        for (const auto& [id, p] : m_s.people)
            if ((p.usageName == surname || p.birthName == surname) && p.firstName == firstName &&
                p.birthDate == birthDate)
                return id;
        return std::nullopt;
    }
    QList<qint64> alertCandidates(QDate, QDate) const override { return {}; }
    RegisterStatistics statistics(QDate) const override
    {
        RegisterStatistics s;
        s.totalChildminders = int(m_s.people.size());
        return s;
    }
    int reassignRelay(const QString& inseeCode, qint64 relayId) override
    {
        int changed = 0;
        for (auto& [id, p] : m_s.people)
            if (p.inseeCode == inseeCode && !p.relayOverridden && p.relayId != relayId) {
                p.relayId = relayId;
                ++changed;
            }
        return changed;
    }
    QList<qint64> idsWithStatus(const QList<ChildminderStatus>& statuses) const override
    {
        QList<qint64> out;
        for (const auto& [id, p] : m_s.people)
            if (statuses.contains(p.status))
                out.append(id);
        return out;
    }

  private:
    FakeDemoStore& m_s;
};

class FakeDemoStore::Approvals final : public ApprovalRepository
{
  public:
    explicit Approvals(FakeDemoStore& s) : m_s(s) {}
    QList<Approval> forChildminder(qint64 childminderId) const override
    {
        return m_s.approvalsOf(childminderId);
    }
    void save(Approval& approval) override
    {
        if (approval.id == 0) {
            approval.id = m_s.nextId++;
            approval.version = 1;
            ++m_s.inserted;
            if (m_s.keepRecords) {
                m_s.approvalsByPerson[approval.childminderId].append(approval.id);
                m_s.approvalRows[approval.id] = approval;
            }
            return;
        }
        ++approval.version;
        if (m_s.keepRecords)
            m_s.approvalRows[approval.id] = approval;
    }

  private:
    FakeDemoStore& m_s;
};

class FakeDemoStore::Relays final : public RelayRepository
{
  public:
    explicit Relays(FakeDemoStore& s) : m_s(s) {}
    QList<Relay> all() const override
    {
        QList<Relay> out;
        for (const auto& [id, r] : m_s.relayRows)
            out.append(r);
        return out;
    }
    std::optional<Relay> find(qint64 id) const override
    {
        const auto it = m_s.relayRows.find(id);
        return it == m_s.relayRows.end() ? std::nullopt : std::optional<Relay>(it->second);
    }
    void save(Relay& relay) override
    {
        if (relay.id == 0) {
            relay.id = m_s.nextId++;
            ++m_s.inserted;
        }
        ++relay.version;
        if (m_s.keepRecords)
            m_s.relayRows[relay.id] = relay;
    }
    std::optional<qint64> relayForCommune(const QString& inseeCode, const QString& epciCode) const override
    {
        for (const auto& [id, r] : m_s.relayRows)
            if (r.communeCodes.contains(inseeCode))
                return id;
        for (const auto& [id, r] : m_s.relayRows)
            if (!epciCode.isEmpty() && r.epciCodes.contains(epciCode))
                return id;
        return std::nullopt;
    }

  private:
    FakeDemoStore& m_s;
};

class FakeDemoStore::Mams final : public MamRepository
{
  public:
    explicit Mams(FakeDemoStore& s) : m_s(s) {}
    QList<Mam> all() const override
    {
        QList<Mam> out;
        for (const auto& [id, m] : m_s.mamRows)
            out.append(m);
        return out;
    }
    std::optional<Mam> find(qint64 id) const override
    {
        const auto it = m_s.mamRows.find(id);
        return it == m_s.mamRows.end() ? std::nullopt : std::optional<Mam>(it->second);
    }
    void save(Mam& mam) override
    {
        if (mam.id == 0) {
            mam.id = m_s.nextId++;
            ++m_s.inserted;
        } else if (m_s.keepRecords) {
            const auto it = m_s.mamRows.find(mam.id);
            if (it == m_s.mamRows.end() || it->second.version != mam.version)
                throw ConcurrencyConflict(QStringLiteral("version"));
        }
        ++mam.version;
        if (m_s.keepRecords)
            m_s.mamRows[mam.id] = mam;
    }

  private:
    FakeDemoStore& m_s;
};

class FakeDemoStore::Transactions final : public TransactionRunner
{
  public:
    explicit Transactions(FakeDemoStore& s) : m_s(s) {}
    void inWriteTransaction(const std::function<void()>& work) override
    {
        const qint64 mark = m_s.nextId;
        try {
            work();
            ++m_s.commits;
        } catch (...) {
            m_s.rollBackTo(mark);
            throw;
        }
    }

  private:
    FakeDemoStore& m_s;
};

namespace {
template <typename Map> void eraseFrom(Map& map, qint64 mark)
{
    map.erase(map.lower_bound(mark), map.end());
}
} // namespace

void FakeDemoStore::rollBackTo(qint64 mark)
{
    ++rollbacks;
    eraseFrom(people, mark);
    eraseFrom(approvalRows, mark);
    eraseFrom(relayRows, mark);
    eraseFrom(mamRows, mark);
    approvalsByPerson.clear();
    for (const auto& [id, a] : approvalRows)
        approvalsByPerson[a.childminderId].append(id);
}

FakeDemoStore::FakeDemoStore(bool keep)
    : keepRecords(keep), m_childminders(std::make_unique<Childminders>(*this)),
      m_approvals(std::make_unique<Approvals>(*this)), m_relays(std::make_unique<Relays>(*this)),
      m_mams(std::make_unique<Mams>(*this)), m_transactions(std::make_unique<Transactions>(*this))
{
}

FakeDemoStore::~FakeDemoStore() = default;

ChildminderRepository& FakeDemoStore::childminders()
{
    return *m_childminders;
}
ApprovalRepository& FakeDemoStore::approvals()
{
    return *m_approvals;
}
RelayRepository& FakeDemoStore::relays()
{
    return *m_relays;
}
MamRepository& FakeDemoStore::mams()
{
    return *m_mams;
}
TransactionRunner& FakeDemoStore::transactions()
{
    return *m_transactions;
}

QList<Approval> FakeDemoStore::approvalsOf(qint64 childminderId) const
{
    QList<Approval> out;
    for (qint64 id : approvalsByPerson.value(childminderId))
        out.append(approvalRows.at(id));
    return out;
}

QByteArray FakeDemoStore::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](const QStringList& fields) {
        hash.addData(fields.join(QChar(0x1f)).toUtf8());
        hash.addData(QByteArrayView("\n"));
    };
    auto date = [](QDate d) { return d.toString(Qt::ISODate); };
    auto n = [](qint64 v) { return QString::number(v); };
    for (const auto& [id, r] : relayRows) {
        add({n(id), r.name, r.managingBody, r.communeCodes.join(QLatin1Char(',')),
             r.epciCodes.join(QLatin1Char(','))});
        for (const auto& s : r.staff)
            add({s.name, s.role, s.phone, s.email});
    }
    for (const auto& [id, p] : people)
        add({n(id), p.usageName, p.birthName, p.firstName, date(p.birthDate), p.address, p.inseeCode,
             p.postalCode, p.communeName, p.phone, p.email, statusKey(p.status), n(p.relayId), n(p.mamId)});
    for (const auto& [id, a] : approvalRows) {
        add({n(id), n(a.childminderId), a.number, date(a.decisionDate), date(a.startDate), date(a.endDate),
             n(a.isRenewal), n(a.places), n(a.placesUnder3), placeKey(a.placeOfPractice),
             approvalStatusKey(a.status), n(a.temporaryReduction), date(a.reductionEnd)});
        for (const auto& e : a.events)
            add({eventKindKey(e.kind), date(e.date), date(e.endDate), n(e.places), e.details});
    }
    for (const auto& [id, m] : mamRows) {
        add({n(id), m.name, m.address, m.inseeCode, m.postalCode, m.communeName});
        for (const auto& member : m.members)
            add({n(member.childminderId), date(member.joined), date(member.left), n(member.places)});
    }
    return hash.result();
}

} // namespace parcours::testing
