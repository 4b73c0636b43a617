#include "MamService.h"

#include "AppContext.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "CommuneDirectory.h"
#include "MamRepository.h"
#include "TransactionRunner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace parcours {

namespace {
std::optional<Commune> communeOf(const Mam& mam)
{
    const auto& directory = CommuneDirectory::builtin();
    if (!mam.communeName.trimmed().isEmpty())
        if (auto commune = directory.find(mam.postalCode.trimmed(), mam.communeName.trimmed()))
            return commune;
    if (!mam.inseeCode.isEmpty())
        return directory.byCode(mam.inseeCode);
    return std::nullopt;
}
} // namespace

QList<Mam> MamService::list() const
{
    m_context.require(Permission::ReadRecords);
    QList<Mam> mams = m_context.mams().all();
    std::stable_sort(mams.begin(), mams.end(), [](const Mam& a, const Mam& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return mams;
}

std::optional<Mam> MamService::find(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.mams().find(id);
}

FieldErrors MamService::validate(const Mam& mam) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (mam.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the name of the MAM.")});

    static const QRegularExpression postalPattern(QStringLiteral("^\\d{5}$"));
    const QString postal = mam.postalCode.trimmed();
    if (!postal.isEmpty() && !postalPattern.match(postal).hasMatch())
        errors.append({QStringLiteral("postalCode"), tr("A postal code has 5 digits.")});
    if (!mam.communeName.trimmed().isEmpty() || !mam.inseeCode.isEmpty()) {
        const auto commune = communeOf(mam);
        if (!commune)
            errors.append({QStringLiteral("commune"),
                           tr("Unknown commune: check its spelling or choose it from the list.")});
        else if (postalPattern.match(postal).hasMatch() &&
                 !CommuneDirectory::builtin().postalCodeServes(postal, commune->code))
            errors.append({QStringLiteral("postalCode"),
                           tr("The postal code %1 does not serve %2.").arg(postal, commune->name)});
    }

    QSet<qint64> seen;
    for (const auto& member : mam.members) {
        if (member.joined.isValid() && member.left.isValid() && member.left < member.joined)
            errors.append({QStringLiteral("members"),
                           tr("%1 leaves before joining: check the dates.").arg(member.displayName)});
        if (seen.contains(member.childminderId) && !member.left.isValid())
            errors.append({QStringLiteral("members"),
                           tr("%1 appears twice as a current member.").arg(member.displayName)});
        if (!member.left.isValid())
            seen.insert(member.childminderId);
    }
    const int maxMembers = m_context.rules().mamMaxMembers;
    const int current = mam.memberCountOn(m_context.clock().today());
    if (current > maxMembers)
        errors.append(
            {QStringLiteral("members"),
             tr("%1 members today: a MAM has at most %2 childminders.").arg(current).arg(maxMembers)});
    return errors;
}

FieldErrors MamService::save(Mam& mam)
{
    m_context.require(Permission::EditRecords);
    Mam candidate = mam;
    candidate.name = candidate.name.trimmed();
    candidate.address = candidate.address.trimmed();
    candidate.postalCode = candidate.postalCode.trimmed();
    candidate.communeName = candidate.communeName.trimmed();
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    if (candidate.communeName.isEmpty() && candidate.postalCode.isEmpty()) {
        candidate.inseeCode.clear();
    } else if (const auto commune = communeOf(candidate)) {
        candidate.inseeCode = commune->code;
        candidate.communeName = commune->name;
        if (candidate.postalCode.isEmpty() && commune->postalCodes.size() == 1)
            candidate.postalCode = commune->postalCodes.front();
    }

    const QDate today = m_context.clock().today();
    m_context.transactions().inWriteTransaction([&] {
        QSet<qint64> before;
        if (candidate.id != 0)
            if (const auto stored = m_context.mams().find(candidate.id))
                for (const auto& member : stored->members)
                    before.insert(member.childminderId);
        m_context.mams().save(candidate);

        // Her file says "MAM: X" while she works there today; it is cleared
        // when she left or was taken off the list, unless she moved elsewhere.
        QSet<qint64> current;
        for (const auto& member : candidate.members)
            if (member.isMemberOn(today))
                current.insert(member.childminderId);
        QSet<qint64> touched = before;
        for (const auto& member : candidate.members)
            touched.insert(member.childminderId);
        for (const qint64 id : std::as_const(touched)) {
            auto person = m_context.childminders().find(id);
            if (!person)
                continue;
            const qint64 wanted = current.contains(id)            ? candidate.id
                                  : person->mamId == candidate.id ? 0
                                                                  : person->mamId;
            if (person->mamId != wanted) {
                person->mamId = wanted;
                m_context.childminders().update(*person);
            }
        }
    });
    mam = candidate;
    return {};
}

} // namespace parcours
