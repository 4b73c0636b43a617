#include "SqlCampaignRepository.h"

#include "Childminder.h"
#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace parcours {

namespace {
QString relaysToDb(const QList<qint64>& ids)
{
    QStringList parts;
    for (auto id : ids)
        parts << QString::number(id);
    return textToDb(parts.join(QLatin1Char(',')));
}

QList<qint64> relaysFromDb(const QString& text)
{
    QList<qint64> ids;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

// The reference code: the year, then six hex digits that look random but are
// a bijection of the person's id (odd multiplier modulo 2^24, offset by the
// campaign), so two people of a campaign never share one. The same formula
// on both backends (issue 6): a campaign's codes do not depend on where it
// is stored. Bound as: "2026-", then the campaign id.
QString referenceCode(const SqlDialect& dialect)
{
    return QStringLiteral("? || ") +
           dialect.upperHex(QStringLiteral("((c.id + CAST(? AS BIGINT) * 7919) * 2654435761) & 16777215"), 6);
}
const QString kCampaignColumns =
    QStringLiteral("SELECT id, year, questionnaire_id, scope_relays, created_at, version FROM campaigns ");

// The call list's filter, bound as: status twice, relay twice.
const QString kPeopleWhere =
    QStringLiteral("WHERE p.campaign_id = ? AND (? = '' OR p.status = ?) AND (? = 0 OR c.relay_id = ?) ");

void bindPeopleFilter(QSqlQuery& q, qint64 campaignId, const CampaignPeopleFilter& filter)
{
    const QString key = filter.status ? campaignStatusKey(*filter.status) : QStringLiteral("");
    q.bindValue(0, campaignId);
    q.bindValue(1, key);
    q.bindValue(2, key);
    q.bindValue(3, filter.relayId);
    q.bindValue(4, filter.relayId);
}
} // namespace

int SqlCampaignRepository::create(SurveyCampaign& campaign)
{
    if (!campaign.createdAt.isValid())
        campaign.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery& insert = m_db.prepared(
        QStringLiteral("INSERT INTO campaigns(year, questionnaire_id, scope_relays, created_at, version) "
                       "VALUES (?, ?, ?, ?, 1) RETURNING id"));
    insert.bindValue(0, campaign.year);
    insert.bindValue(1, campaign.questionnaireId);
    insert.bindValue(2, relaysToDb(campaign.scopeRelayIds));
    insert.bindValue(3, campaign.createdAt.toUTC().toString(Qt::ISODate));
    Database::run(insert);
    campaign.id = Database::insertedId(insert);
    campaign.version = 1;

    QSqlQuery& fill = m_db.prepared(
        QStringLiteral("INSERT INTO campaign_people(campaign_id, childminder_id, status, reference_code) "
                       "SELECT ?, c.id, 'to_contact', ") +
        referenceCode(m_db.dialect()) +
        QStringLiteral(" FROM childminders c WHERE c.status IN ('active', 'suspended') AND (? = '' OR ") +
        m_db.dialect().csvContains(QStringLiteral("?"), QStringLiteral("c.relay_id")) + QLatin1Char(')'));
    const QString scope = relaysToDb(campaign.scopeRelayIds);
    const QVariantList values = {campaign.id, QString::number(campaign.year) + QLatin1Char('-'), campaign.id,
                                 scope, scope};
    for (int i = 0; i < values.size(); ++i)
        fill.bindValue(i, values[i]);
    Database::run(fill);
    const int added = fill.numRowsAffected();
    fill.finish();
    return added;
}

SurveyCampaign SqlCampaignRepository::campaignFrom(const QSqlQuery& q)
{
    SurveyCampaign c;
    c.id = q.value(0).toLongLong();
    c.year = q.value(1).toInt();
    c.questionnaireId = q.value(2).toLongLong();
    c.scopeRelayIds = relaysFromDb(q.value(3).toString());
    c.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    c.version = q.value(5).toInt();
    return c;
}

std::optional<SurveyCampaign> SqlCampaignRepository::findWhere(const QString& where,
                                                               const QVariant& value) const
{
    QSqlQuery& q = m_db.prepared(kCampaignColumns + where);
    q.bindValue(0, value);
    Database::run(q);
    std::optional<SurveyCampaign> out;
    if (q.next())
        out = campaignFrom(q);
    q.finish();
    return out;
}

QList<SurveyCampaign> SqlCampaignRepository::all() const
{
    QSqlQuery& q = m_db.prepared(kCampaignColumns + QStringLiteral("ORDER BY year DESC"));
    Database::run(q);
    QList<SurveyCampaign> out;
    while (q.next())
        out.append(campaignFrom(q));
    q.finish();
    return out;
}

std::optional<qint64> SqlCampaignRepository::childminderByReference(qint64 campaignId,
                                                                    const QString& code) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT childminder_id FROM campaign_people WHERE reference_code = ? AND campaign_id = ?"));
    q.bindValue(0, code.trimmed().toUpper());
    q.bindValue(1, campaignId);
    Database::run(q);
    std::optional<qint64> out;
    if (q.next())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

std::optional<SurveyCampaign> SqlCampaignRepository::find(int year) const
{
    return findWhere(QStringLiteral("WHERE year = ?"), year);
}

std::optional<SurveyCampaign> SqlCampaignRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("WHERE id = ?"), id);
}

std::optional<CampaignStatus> SqlCampaignRepository::status(qint64 campaignId, qint64 childminderId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT status FROM campaign_people WHERE campaign_id = ? AND childminder_id = ?"));
    q.bindValue(0, campaignId);
    q.bindValue(1, childminderId);
    Database::run(q);
    std::optional<CampaignStatus> out;
    if (q.next())
        out = campaignStatusFromKey(q.value(0).toString()).value_or(CampaignStatus::ToContact);
    q.finish();
    return out;
}

bool SqlCampaignRepository::setStatus(qint64 campaignId, qint64 childminderId, CampaignStatus status)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE campaign_people SET status = ? WHERE campaign_id = ? AND childminder_id = ?"));
    q.bindValue(0, campaignStatusKey(status));
    q.bindValue(1, campaignId);
    q.bindValue(2, childminderId);
    Database::run(q);
    return q.numRowsAffected() == 1;
}

void SqlCampaignRepository::addInvitation(qint64 campaignId, qint64 childminderId,
                                          CampaignInvitation& invitation)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO campaign_invitations(campaign_id, childminder_id, date, channel, kind) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, campaignId);
    q.bindValue(1, childminderId);
    q.bindValue(2, dateToDb(invitation.date));
    q.bindValue(3, contactChannelKey(invitation.channel));
    q.bindValue(4, invitationKindKey(invitation.kind));
    Database::run(q);
    invitation.id = Database::insertedId(q);
}

int SqlCampaignRepository::inviteAll(qint64 campaignId, const CampaignPeopleFilter& filter,
                                     const CampaignInvitation& invitation)
{
    // Only people still "to contact": a filter on another status selects nobody.
    if (filter.status && *filter.status != CampaignStatus::ToContact)
        return 0;
    const QString toContact = campaignStatusKey(CampaignStatus::ToContact);
    QSqlQuery& insert = m_db.prepared(QStringLiteral(
        "INSERT INTO campaign_invitations(campaign_id, childminder_id, date, channel, kind) "
        "SELECT p.campaign_id, p.childminder_id, ?, ?, ? FROM campaign_people p JOIN childminders c ON c.id "
        "= "
        "p.childminder_id WHERE p.campaign_id = ? AND p.status = ? AND (? = 0 OR c.relay_id = ?)"));
    insert.bindValue(0, dateToDb(invitation.date));
    insert.bindValue(1, contactChannelKey(invitation.channel));
    insert.bindValue(2, invitationKindKey(InvitationKind::Invitation));
    insert.bindValue(3, campaignId);
    insert.bindValue(4, toContact);
    insert.bindValue(5, filter.relayId);
    insert.bindValue(6, filter.relayId);
    Database::run(insert);
    const int invited = insert.numRowsAffected();
    QSqlQuery& update = m_db.prepared(QStringLiteral(
        "UPDATE campaign_people SET status = ? WHERE campaign_id = ? AND status = ? AND (? = 0 OR "
        "childminder_id IN (SELECT id FROM childminders WHERE relay_id = ?))"));
    update.bindValue(0, campaignStatusKey(CampaignStatus::Invited));
    update.bindValue(1, campaignId);
    update.bindValue(2, toContact);
    update.bindValue(3, filter.relayId);
    update.bindValue(4, filter.relayId);
    Database::run(update);
    return invited;
}

QList<CampaignInvitation> SqlCampaignRepository::invitations(qint64 campaignId, qint64 childminderId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, date, channel, kind FROM campaign_invitations WHERE campaign_id = ? AND "
                       "childminder_id = ? ORDER BY date, id"));
    q.bindValue(0, campaignId);
    q.bindValue(1, childminderId);
    Database::run(q);
    QList<CampaignInvitation> out;
    while (q.next()) {
        CampaignInvitation i;
        i.id = q.value(0).toLongLong();
        i.date = dateFromDb(q.value(1));
        i.channel = contactChannelFromKey(q.value(2).toString()).value_or(ContactChannel::Letter);
        i.kind = invitationKindFromKey(q.value(3).toString()).value_or(InvitationKind::Invitation);
        out.append(i);
    }
    q.finish();
    return out;
}

QHash<CampaignStatus, int> SqlCampaignRepository::statusCounts(qint64 campaignId, qint64 relayId) const
{
    // The whole campaign is counted on the (campaign_id, status) index alone:
    // joining every childminder only to test "any relay" made it 0.9 s at
    // 250,000 people.
    QSqlQuery& q =
        relayId == 0 ? m_db.prepared(QStringLiteral("SELECT p.status, count(*) FROM campaign_people p "
                                                    "WHERE p.campaign_id = ? GROUP BY p.status"))
                     : m_db.prepared(QStringLiteral(
                           "SELECT p.status, count(*) FROM campaign_people p JOIN childminders c ON c.id = "
                           "p.childminder_id WHERE p.campaign_id = ? AND c.relay_id = ? GROUP BY p.status"));
    q.bindValue(0, campaignId);
    if (relayId != 0)
        q.bindValue(1, relayId);
    Database::run(q);
    QHash<CampaignStatus, int> counts;
    while (q.next())
        if (const auto s = campaignStatusFromKey(q.value(0).toString()))
            counts[*s] += q.value(1).toInt();
    q.finish();
    return counts;
}

QList<CampaignPersonRow> SqlCampaignRepository::people(qint64 campaignId, const CampaignPeopleFilter& filter,
                                                       int offset, int limit) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT c.id, c.usage_name, c.birth_name, c.first_name, c.commune_name, rl.name, c.phone, "
            "p.status, p.reference_code, c.relay_id, c.email, (SELECT max(i.date) FROM campaign_invitations "
            "i WHERE i.campaign_id = p.campaign_id AND i.childminder_id = p.childminder_id), (SELECT "
            "count(*) FROM campaign_invitations i WHERE i.campaign_id = p.campaign_id AND i.childminder_id "
            "= p.childminder_id AND i.kind = 'reminder') FROM campaign_people p JOIN childminders c ON c.id "
            "= p.childminder_id LEFT JOIN relays rl ON rl.id = c.relay_id ") +
        kPeopleWhere + QStringLiteral("ORDER BY c.sort_name, c.id LIMIT ? OFFSET ?"));
    bindPeopleFilter(q, campaignId, filter);
    q.bindValue(5, limit);
    q.bindValue(6, offset);
    Database::run(q);
    QList<CampaignPersonRow> rows;
    while (q.next()) {
        Childminder p;
        p.usageName = q.value(1).toString();
        p.birthName = q.value(2).toString();
        p.firstName = q.value(3).toString();
        CampaignPersonRow row;
        row.childminderId = q.value(0).toLongLong();
        row.name = p.displayName();
        row.communeName = q.value(4).toString();
        row.relayName = q.value(5).toString();
        row.phone = q.value(6).toString();
        row.status = campaignStatusFromKey(q.value(7).toString()).value_or(CampaignStatus::ToContact);
        row.referenceCode = q.value(8).toString();
        row.relayId = q.value(9).toLongLong();
        row.email = q.value(10).toString();
        row.lastInvitation = dateFromDb(q.value(11));
        row.reminders = q.value(12).toInt();
        rows.append(row);
    }
    q.finish();
    return rows;
}

int SqlCampaignRepository::countPeople(qint64 campaignId, const CampaignPeopleFilter& filter) const
{
    if (filter.relayId == 0) {
        // No relay asked for: the (campaign_id, status) index answers alone.
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "SELECT count(*) FROM campaign_people p WHERE p.campaign_id = ? AND (? = '' OR p.status = ?)"));
        const QString key = filter.status ? campaignStatusKey(*filter.status) : QStringLiteral("");
        q.bindValue(0, campaignId);
        q.bindValue(1, key);
        q.bindValue(2, key);
        Database::run(q);
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    }
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM campaign_people p JOIN childminders c ON c.id = "
                                     "p.childminder_id ") +
                      kPeopleWhere);
    bindPeopleFilter(q, campaignId, filter);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QList<CampaignAddressRow> SqlCampaignRepository::addresses(qint64 campaignId,
                                                           const CampaignPeopleFilter& filter, int offset,
                                                           int limit) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT c.id, c.usage_name, c.birth_name, c.first_name, c.address, c.postal_code, "
                       "c.commune_name, c.email, p.reference_code, c.relay_id, rl.name, p.status "
                       "FROM campaign_people p JOIN childminders c ON c.id = p.childminder_id "
                       "LEFT JOIN relays rl ON rl.id = c.relay_id ") +
        kPeopleWhere + QStringLiteral("ORDER BY c.sort_name, c.id LIMIT ? OFFSET ?"));
    bindPeopleFilter(q, campaignId, filter);
    q.bindValue(5, limit);
    q.bindValue(6, offset);
    Database::run(q);
    QList<CampaignAddressRow> rows;
    while (q.next()) {
        Childminder p;
        p.usageName = q.value(1).toString();
        p.birthName = q.value(2).toString();
        p.firstName = q.value(3).toString();
        CampaignAddressRow row;
        row.childminderId = q.value(0).toLongLong();
        row.name = p.displayName();
        // Addresses keep the lines they were typed or imported with.
        for (const auto& line : q.value(4).toString().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                row.addressLines.append(line.trimmed());
        row.postalCode = q.value(5).toString();
        row.communeName = q.value(6).toString();
        row.email = q.value(7).toString();
        row.referenceCode = q.value(8).toString();
        row.relayId = q.value(9).toLongLong();
        row.relayName = q.value(10).toString();
        row.status = campaignStatusFromKey(q.value(11).toString()).value_or(CampaignStatus::ToContact);
        rows.append(row);
    }
    q.finish();
    return rows;
}

} // namespace parcours
