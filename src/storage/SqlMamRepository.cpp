#include "SqlMamRepository.h"

#include "Childminder.h"
#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, name, address, insee_code, postal_code, commune_name, version FROM mams");

Mam mamFrom(const QSqlQuery& q)
{
    Mam m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.address = q.value(2).toString();
    m.inseeCode = q.value(3).toString();
    m.postalCode = q.value(4).toString();
    m.communeName = q.value(5).toString();
    m.version = q.value(6).toInt();
    return m;
}
} // namespace

QList<Mam> SqlMamRepository::all() const
{
    QSqlQuery& q = m_db.prepared(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    Database::run(q);
    QList<Mam> mams;
    while (q.next())
        mams.append(mamFrom(q));
    q.finish();
    for (auto& m : mams)
        loadMembers(m);
    return mams;
}

std::optional<Mam> SqlMamRepository::find(qint64 id) const
{
    QSqlQuery& q = m_db.prepared(kSelect + QStringLiteral(" WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<Mam> mam;
    if (q.next())
        mam = mamFrom(q);
    q.finish();
    if (mam)
        loadMembers(*mam);
    return mam;
}

void SqlMamRepository::loadMembers(Mam& mam) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT m.childminder_id, c.usage_name, c.birth_name, c.first_name, m.joined, "
                       "m.left_on, c.cur_places "
                       "FROM mam_members m JOIN childminders c ON c.id = m.childminder_id WHERE m.mam_id = ? "
                       "ORDER BY m.joined NULLS FIRST, m.id"));
    q.bindValue(0, mam.id);
    Database::run(q);
    while (q.next()) {
        // Named as everywhere else (Childminder::displayName): SQLite's upper()
        // only knows ASCII and would print "GéRARD".
        Childminder person;
        person.usageName = q.value(1).toString();
        person.birthName = q.value(2).toString();
        person.firstName = q.value(3).toString();
        mam.members.append(MamMember{q.value(0).toLongLong(), person.displayName(), dateFromDb(q.value(4)),
                                     dateFromDb(q.value(5)), q.value(6).toInt()});
    }
    q.finish();
}

void SqlMamRepository::save(Mam& mam)
{
    if (mam.id == 0) {
        QSqlQuery& q =
            m_db.prepared(QStringLiteral("INSERT INTO mams(name, address, insee_code, postal_code, "
                                         "commune_name, version) VALUES (?, ?, ?, ?, ?, 1) RETURNING id"));
        q.bindValue(0, textToDb(mam.name));
        q.bindValue(1, textToDb(mam.address));
        q.bindValue(2, textToDb(mam.inseeCode));
        q.bindValue(3, textToDb(mam.postalCode));
        q.bindValue(4, textToDb(mam.communeName));
        Database::run(q);
        mam.id = Database::insertedId(q);
        mam.version = 1;
    } else {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE mams SET name = ?, address = ?, insee_code = ?, postal_code = ?, commune_name = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
        q.bindValue(0, textToDb(mam.name));
        q.bindValue(1, textToDb(mam.address));
        q.bindValue(2, textToDb(mam.inseeCode));
        q.bindValue(3, textToDb(mam.postalCode));
        q.bindValue(4, textToDb(mam.communeName));
        q.bindValue(5, mam.id);
        q.bindValue(6, mam.version);
        Database::run(q);
        if (q.numRowsAffected() != 1)
            throw ConcurrencyConflict(QCoreApplication::translate(
                "SqlMamRepository", "Someone else changed this MAM meanwhile. Reopen it and try again."));
        ++mam.version;
        QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM mam_members WHERE mam_id = ?"));
        del.bindValue(0, mam.id);
        Database::run(del);
    }
    QSqlQuery& ins = m_db.prepared(QStringLiteral(
        "INSERT INTO mam_members(mam_id, childminder_id, joined, left_on) VALUES (?, ?, ?, ?)"));
    for (const auto& m : mam.members) {
        ins.bindValue(0, mam.id);
        ins.bindValue(1, m.childminderId);
        ins.bindValue(2, dateToDb(m.joined));
        ins.bindValue(3, dateToDb(m.left));
        Database::run(ins);
    }
}

} // namespace parcours
