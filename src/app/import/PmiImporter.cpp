#include "PmiImporter.h"

#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "CsvTableSource.h"
#include "DomainError.h"
#include "Logging.h"
#include "PmiMerger.h"
#include "PmiRow.h"
#include "PmiRowParser.h"
#include "Relay.h"
#include "RelayRepository.h"
#include "SystemClock.h"
#include "TextFolding.h"
#include "TransactionRunner.h"

#include <QCoreApplication>
#include <QSet>

namespace parcours {

namespace {

// Thrown through the transaction so that the runner rolls back. A DomainError
// (not a bare type) so a runner that only catches those still rolls back.
class ImportCancelled : public DomainError
{
  public:
    ImportCancelled()
        : DomainError(
              QCoreApplication::translate("PmiImporter", "The import was cancelled; nothing was saved."))
    {
    }
};

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

// "RPE du Grand Verdun", "Relais Petite Enfance Grand Verdun": the words that
// tell relays apart.
QString relayWords(const QString& name)
{
    static const QSet<QString> generic = {
        QStringLiteral("rpe"),       QStringLiteral("ram"),     QStringLiteral("relais"),
        QStringLiteral("petite"),    QStringLiteral("enfance"), QStringLiteral("assistants"),
        QStringLiteral("maternels"), QStringLiteral("de"),      QStringLiteral("du"),
        QStringLiteral("des"),       QStringLiteral("d"),       QStringLiteral("la"),
        QStringLiteral("le"),        QStringLiteral("l"),       QStringLiteral("les"),
    };
    QStringList kept;
    for (const QString& w : foldForMatching(name).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!generic.contains(w))
            kept << w;
    return kept.join(QLatin1Char(' '));
}

QStringList identityKeys(const Childminder& p)
{
    // Without a birth date two namesakes would merge; such lines are only
    // matched on their approval number.
    QStringList keys;
    if (!p.birthDate.isValid() || p.firstName.isEmpty())
        return keys;
    for (const QString& surname : {p.usageName, p.birthName})
        if (!surname.isEmpty())
            keys << foldForMatching(surname) + QLatin1Char('|') + foldForMatching(p.firstName) +
                        QLatin1Char('|') + p.birthDate.toString(Qt::ISODate);
    return keys;
}

} // namespace

struct PmiImporter::RunState
{
    ImportReport report;
    bool dryRun = false;
    QDate today;
    QHash<QString, int> lineByNumber;
    QHash<QString, int> lineByIdentity;
    QHash<qint64, int> lineByPerson;
    QSet<qint64> seen;                     // people on file that the list mentions
    std::optional<QList<Relay>> relays;    // names only, read at the first line naming a relay
    QStringList relayWords;                // relayWords() of each, in the same order
    QHash<QString, int> relayNamed;        // what a line's RPE column matched (-1: none), asked once per name
    QHash<QString, qint64> relayOfCommune; // relayFor() by INSEE code (0: none)
};

PmiImporter::PmiImporter(ChildminderRepository& childminders, ApprovalRepository& approvals,
                         RelayRepository& relays, TransactionRunner& transactions,
                         const RuleSettings& settings, const Clock* clock, const CommuneDirectory* communes)
    : m_childminders(childminders), m_approvals(approvals), m_relays(relays), m_transactions(transactions),
      m_rules(settings), m_clock(clock ? *clock : systemClock()),
      m_communes(communes ? *communes : CommuneDirectory::builtin())
{
}

ImportReport PmiImporter::run(const CsvTable& table, const QHash<int, PmiColumn>& mapping, bool dryRun)
{
    CsvTableSource records(table);
    return run(records, mapping, dryRun);
}

ImportReport PmiImporter::run(CsvRecordSource& records, const QHash<int, PmiColumn>& mapping, bool dryRun)
{
    m_cancelRequested = false;
    const QDate today = m_clock.today();
    const PmiRowParser parser(records.header(), mapping, m_rules.settings(), today, &m_communes);
    const int expected = records.expectedRecords();
    RunState state;

    auto work = [&] {
        state = RunState{}; // a runner that retries on a busy database calls us again
        state.dryRun = dryRun;
        state.today = today;
        state.report.dryRun = dryRun;
        records.rewind();
        const QList<qint64> working = m_childminders.idsWithStatus(
            {ChildminderStatus::Active, ChildminderStatus::Suspended, ChildminderStatus::ApprovalPending});
        reportProgress(0, expected);
        CsvRecord record;
        int done = 0;
        while (records.next(record)) {
            importLine(parser.parse(record), state);
            ++done;
            reportProgress(done, std::max(expected, done));
        }
        for (qint64 id : working)
            if (!state.seen.contains(id))
                state.report.absentIds << id;
    };

    try {
        if (dryRun)
            work(); // reads only: no transaction to hold the database with
        else
            m_transactions.inWriteTransaction(work);
    } catch (const ImportCancelled&) {
        ImportReport cancelled;
        cancelled.dryRun = dryRun;
        cancelled.cancelled = true;
        logInfo(QStringLiteral("PMI import cancelled"));
        return cancelled;
    }
    logInfo(QStringLiteral("PMI import%1: %2 created, %3 updated, %4 unchanged, %5 absent, %6 rejected")
                .arg(dryRun ? QStringLiteral(" (dry run)") : QString())
                .arg(state.report.created)
                .arg(state.report.updated)
                .arg(state.report.unchanged)
                .arg(state.report.absent())
                .arg(state.report.rejected.size()));
    return state.report;
}

void PmiImporter::reportProgress(int done, int total)
{
    if (m_cancelRequested || (m_progress && !m_progress(done, total)))
        throw ImportCancelled();
}

void PmiImporter::importLine(const PmiRow& row, RunState& state)
{
    auto reject = [&](const QString& reason) { state.report.rejected << ImportIssue{row.line, reason}; };

    if (const auto first = duplicateLine(row, state)) {
        reject(QCoreApplication::translate(
                   "PmiImporter", "This line is a duplicate of line %1: the same person appears twice.")
                   .arg(*first));
        return;
    }
    // Looked up even for a line about to be rejected, so that she is not
    // reported as absent from a list she is on.
    const auto id = findExisting(row);
    if (id) {
        state.seen.insert(*id);
        if (const int first = state.lineByPerson.value(*id)) {
            reject(QCoreApplication::translate(
                       "PmiImporter",
                       "This line is a duplicate of line %1: both lines describe the same person.")
                       .arg(first));
            return;
        }
        state.lineByPerson.insert(*id, row.line);
    }
    if (row.isRejected()) {
        reject(row.rejections.join(QLatin1Char(' ')));
        return;
    }
    for (const QString& w : row.warnings)
        state.report.warnings << ImportIssue{row.line, w};
    if (row.approval.number.isEmpty() && identityKeys(row.person).isEmpty())
        state.report.warnings << ImportIssue{
            row.line, QCoreApplication::translate(
                          "PmiImporter", "The line has neither an approval number nor a first name and "
                                         "date of birth; she will not be recognised on a later import.")};
    if (id)
        updatePerson(*id, row, state);
    else
        createPerson(row, state);
}

std::optional<int> PmiImporter::duplicateLine(const PmiRow& row, RunState& state) const
{
    const QString number = PmiMerger::numberKey(row.approval.number);
    const QStringList identities = identityKeys(row.person);
    if (!number.isEmpty() && state.lineByNumber.contains(number))
        return state.lineByNumber.value(number);
    for (const QString& key : identities)
        if (state.lineByIdentity.contains(key))
            return state.lineByIdentity.value(key);
    if (!number.isEmpty())
        state.lineByNumber.insert(number, row.line);
    for (const QString& key : identities)
        state.lineByIdentity.insert(key, row.line);
    return std::nullopt;
}

std::optional<qint64> PmiImporter::findExisting(const PmiRow& row) const
{
    // The register compares numbers without separators or case: the PMI
    // writes them with dashes one year and spaces the next.
    if (const auto id = m_childminders.findByApprovalNumber(row.approval.number))
        return id;
    const Childminder& p = row.person;
    if (!p.birthDate.isValid() || p.firstName.isEmpty())
        return std::nullopt;
    for (const QString& surname : {p.usageName, p.birthName})
        if (!surname.isEmpty())
            if (const auto id = m_childminders.findByIdentity(surname, p.firstName, p.birthDate))
                return id;
    return std::nullopt;
}

void PmiImporter::updatePerson(qint64 id, const PmiRow& row, RunState& state)
{
    const auto stored = m_childminders.find(id);
    if (!stored) {
        createPerson(row, state);
        return;
    }
    Childminder person = *stored;
    const auto personChange = PmiMerger::mergePerson(person, row, state.today);
    // Her relay follows her commune unless staff chose it by hand.
    if (personChange.communeChanged && !person.relayOverridden)
        person.relayId = relayFor(person.inseeCode, state);
    if (person.status == ChildminderStatus::Stopped || person.status == ChildminderStatus::Retired)
        state.report.warnings << ImportIssue{
            row.line, QCoreApplication::translate("PmiImporter",
                                                  "%1 is recorded as “%2” but is on the PMI list; her status "
                                                  "was not changed.")
                          .arg(person.displayName(), statusLabel(person.status))};

    const auto approvalChange =
        PmiMerger::mergeApproval(m_approvals.forChildminder(id), row, id, m_rules, state.today);
    if (!personChange.changed && !approvalChange.toSave) {
        ++state.report.unchanged;
    } else {
        ++state.report.updated;
        state.report.updatedIds << id;
        if (!state.dryRun) {
            if (personChange.changed)
                m_childminders.update(person);
            if (approvalChange.toSave) {
                Approval approval = *approvalChange.toSave;
                m_approvals.save(approval);
            }
        }
    }
    checkRelayName(row, person.relayId, state);
}

void PmiImporter::createPerson(const PmiRow& row, RunState& state)
{
    Childminder person = row.person;
    person.id = 0;
    person.status = ChildminderStatus::Active;
    person.relayId = relayFor(person.inseeCode, state);
    person.relayOverridden = false;
    if (!state.dryRun)
        m_childminders.insert(person);
    ++state.report.created;
    if (!state.dryRun)
        state.report.createdIds << person.id;
    if (row.hasApproval && !state.dryRun) {
        Approval approval = PmiMerger::newApproval(row, person.id, false, m_rules, state.today);
        m_approvals.save(approval);
    }
    checkRelayName(row, person.relayId, state);
}

qint64 PmiImporter::relayFor(const QString& inseeCode, RunState& state) const
{
    if (inseeCode.isEmpty())
        return 0;
    // Asked once per commune: a national list has 250,000 lines for about
    // 35,000 communes, and no relay's territory changes during the import.
    auto known = state.relayOfCommune.constFind(inseeCode);
    if (known != state.relayOfCommune.constEnd())
        return *known;
    const auto commune = m_communes.byCode(inseeCode);
    const qint64 relayId =
        m_relays.relayForCommune(inseeCode, commune ? commune->epciCode : QString()).value_or(0);
    state.relayOfCommune.insert(inseeCode, relayId);
    return relayId;
}

void PmiImporter::checkRelayName(const PmiRow& row, qint64 relayId, RunState& state) const
{
    // The RPE column is not trusted to attach her (the territory decides), but
    // a disagreement is worth a look.
    if (row.relayName.isEmpty())
        return;
    if (!state.relays) {
        state.relays = m_relays.summaries();
        for (const Relay& r : *state.relays)
            state.relayWords << relayWords(r.name);
    }
    // A list names the same few relays on thousands of lines: each name is
    // matched against the thousands of relays of a national register once.
    const QString wanted = relayWords(row.relayName);
    auto known = state.relayNamed.constFind(wanted);
    if (known == state.relayNamed.constEnd()) {
        int match = -1;
        for (int i = 0; i < state.relayWords.size(); ++i) {
            const QString& words = state.relayWords[i];
            if (!wanted.isEmpty() && !words.isEmpty() && (words == wanted || words.contains(wanted)))
                match = i;
        }
        known = state.relayNamed.insert(wanted, match);
    }
    const Relay* named = *known >= 0 ? &state.relays->at(*known) : nullptr;
    const Relay* current = nullptr;
    for (const Relay& r : *state.relays)
        if (r.id == relayId)
            current = &r;
    QString message;
    if (!named)
        message = QCoreApplication::translate("PmiImporter",
                                              "The relay “%1” named on this line is not in the register.")
                      .arg(row.relayName);
    else if (!current)
        message = QCoreApplication::translate(
                      "PmiImporter", "The list names the relay “%1”, but no relay covers her commune; "
                                     "attach her by hand if that is right.")
                      .arg(named->name);
    else if (current->id != named->id)
        message = QCoreApplication::translate(
                      "PmiImporter", "The list names the relay “%1”, but she is attached to “%2”; her "
                                     "relay was not changed.")
                      .arg(named->name, current->name);
    if (!message.isEmpty())
        state.report.warnings << ImportIssue{row.line, message};
}

} // namespace parcours
