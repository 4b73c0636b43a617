#include "SqlRelayRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

QList<Relay> SqlRelayRepository::all() const
{
    QList<Relay> relays = summaries();
    for (auto& r : relays)
        loadDetails(r);
    return relays;
}

QList<Relay> SqlRelayRepository::summaries() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, name, managing_body, version FROM relays ORDER BY name COLLATE NOCASE, id"));
    Database::run(q);
    QList<Relay> relays;
    while (q.next())
        relays.append(Relay{q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            {},
                            {},
                            {},
                            q.value(3).toInt()});
    q.finish();
    return relays;
}

std::optional<Relay> SqlRelayRepository::find(qint64 id) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id, name, managing_body, version FROM relays WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<Relay> relay;
    if (q.next())
        relay = Relay{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}, {}, {},
                      q.value(3).toInt()};
    q.finish();
    if (relay)
        loadDetails(*relay);
    return relay;
}

void SqlRelayRepository::loadDetails(Relay& relay) const
{
    QSqlQuery& c = m_db.prepared(
        QStringLiteral("SELECT insee_code FROM relay_communes WHERE relay_id = ? ORDER BY insee_code"));
    c.bindValue(0, relay.id);
    Database::run(c);
    while (c.next())
        relay.communeCodes << c.value(0).toString();
    c.finish();
    QSqlQuery& e = m_db.prepared(
        QStringLiteral("SELECT epci_code FROM relay_epcis WHERE relay_id = ? ORDER BY epci_code"));
    e.bindValue(0, relay.id);
    Database::run(e);
    while (e.next())
        relay.epciCodes << e.value(0).toString();
    e.finish();
    QSqlQuery& s = m_db.prepared(
        QStringLiteral("SELECT name, role, phone, email FROM relay_staff WHERE relay_id = ? ORDER BY id"));
    s.bindValue(0, relay.id);
    Database::run(s);
    while (s.next())
        relay.staff.append(RelayStaffContact{s.value(0).toString(), s.value(1).toString(),
                                             s.value(2).toString(), s.value(3).toString()});
    s.finish();
}

void SqlRelayRepository::save(Relay& relay)
{
    if (relay.id == 0) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO relays(name, managing_body, version) VALUES (?, ?, 1) RETURNING id"));
        q.bindValue(0, textToDb(relay.name));
        q.bindValue(1, textToDb(relay.managingBody));
        Database::run(q);
        relay.id = Database::insertedId(q);
        relay.version = 1;
    } else {
        QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE relays SET name = ?, managing_body = ?, version "
                                                    "= version + 1 WHERE id = ? AND version = ?"));
        q.bindValue(0, textToDb(relay.name));
        q.bindValue(1, textToDb(relay.managingBody));
        q.bindValue(2, relay.id);
        q.bindValue(3, relay.version);
        Database::run(q);
        if (q.numRowsAffected() != 1)
            throw ConcurrencyConflict(QCoreApplication::translate(
                "SqlRelayRepository", "Someone else changed this relay meanwhile. Reopen it and try again."));
        ++relay.version;
        for (const auto* table : {"relay_communes", "relay_epcis", "relay_staff"}) {
            QSqlQuery& del = m_db.prepared(
                QStringLiteral("DELETE FROM %1 WHERE relay_id = ?").arg(QString::fromLatin1(table)));
            del.bindValue(0, relay.id);
            Database::run(del);
        }
    }
    QSqlQuery& c = m_db.prepared(QStringLiteral(
        "INSERT INTO relay_communes(relay_id, insee_code) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const auto& code : relay.communeCodes) {
        c.bindValue(0, relay.id);
        c.bindValue(1, code);
        Database::run(c);
    }
    QSqlQuery& e = m_db.prepared(
        QStringLiteral("INSERT INTO relay_epcis(relay_id, epci_code) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const auto& code : relay.epciCodes) {
        e.bindValue(0, relay.id);
        e.bindValue(1, code);
        Database::run(e);
    }
    QSqlQuery& s = m_db.prepared(
        QStringLiteral("INSERT INTO relay_staff(relay_id, name, role, phone, email) VALUES (?, ?, ?, ?, ?)"));
    for (const auto& staff : relay.staff) {
        s.bindValue(0, relay.id);
        s.bindValue(1, textToDb(staff.name));
        s.bindValue(2, textToDb(staff.role));
        s.bindValue(3, textToDb(staff.phone));
        s.bindValue(4, textToDb(staff.email));
        Database::run(s);
    }
}

std::optional<qint64> SqlRelayRepository::relayForCommune(const QString& inseeCode,
                                                          const QString& epciCode) const
{
    // A commune named in a territory wins over a whole EPCI.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT relay_id, 0 FROM relay_communes WHERE insee_code = ? "
        "UNION ALL SELECT relay_id, 1 FROM relay_epcis WHERE epci_code = ? ORDER BY 2, 1 LIMIT 1"));
    q.bindValue(0, inseeCode);
    q.bindValue(1, epciCode);
    Database::run(q);
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

} // namespace parcours
