#include "SqlPartnerRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace parcours {

namespace {
const QString kColumns = QStringLiteral("id, kind, name, address, postal_code, commune_name, phone, email, "
                                        "website, relay_id, notes, active, version");
} // namespace

void SqlPartnerRepository::save(Partner& p)
{
    const bool insert = p.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert ? QStringLiteral("INSERT INTO partners(kind, name, address, postal_code, commune_name, phone, "
                                "email, website, relay_id, notes, active, sort_name, version) VALUES (:kind, "
                                ":name, :address, :postal_code, :commune_name, :phone, :email, :website, "
                                ":relay_id, :notes, :active, :sort_name, 1) RETURNING id")
               : QStringLiteral("UPDATE partners SET kind = :kind, name = :name, address = :address, "
                                "postal_code = :postal_code, commune_name = :commune_name, phone = :phone, "
                                "email = :email, website = :website, relay_id = :relay_id, notes = :notes, "
                                "active = :active, sort_name = :sort_name, version = version + 1 "
                                "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":kind"), partnerKindKey(p.kind));
    q.bindValue(QStringLiteral(":name"), textToDb(p.name));
    q.bindValue(QStringLiteral(":address"), textToDb(p.address));
    q.bindValue(QStringLiteral(":postal_code"), textToDb(p.postalCode));
    q.bindValue(QStringLiteral(":commune_name"), textToDb(p.communeName));
    q.bindValue(QStringLiteral(":phone"), textToDb(p.phone));
    q.bindValue(QStringLiteral(":email"), textToDb(p.email));
    q.bindValue(QStringLiteral(":website"), textToDb(p.website));
    q.bindValue(QStringLiteral(":relay_id"), idToDb(p.relayId));
    q.bindValue(QStringLiteral(":notes"), textToDb(p.notes));
    q.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    q.bindValue(QStringLiteral(":sort_name"), foldForMatching(p.name));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":version"), p.version);
    }
    Database::run(q);
    if (insert) {
        p.id = Database::insertedId(q);
        p.version = 1;
    } else {
        if (q.numRowsAffected() != 1)
            throw ConcurrencyConflict(QCoreApplication::translate(
                "SqlPartnerRepository",
                "Someone else changed this partner meanwhile. Reopen it and try again."));
        ++p.version;
    }
    // The contact people are few: replacing them all is simpler than diffing.
    QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM partner_contacts WHERE partner_id = ?"));
    del.bindValue(0, p.id);
    Database::run(del);
    QSqlQuery& add = m_db.prepared(QStringLiteral("INSERT INTO partner_contacts(partner_id, name, role, "
                                                  "phone, email) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (auto& c : p.contacts) {
        add.bindValue(0, p.id);
        add.bindValue(1, textToDb(c.name));
        add.bindValue(2, textToDb(c.role));
        add.bindValue(3, textToDb(c.phone));
        add.bindValue(4, textToDb(c.email));
        Database::run(add);
        c.id = Database::insertedId(add);
    }
}

QList<Partner> SqlPartnerRepository::select(const QString& tail, const QVariantList& bindings) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM partners ") + tail);
    bindAll(q, bindings);
    Database::run(q);
    QList<Partner> out;
    while (q.next()) {
        Partner p;
        p.id = q.value(0).toLongLong();
        p.kind = partnerKindFromKey(q.value(1).toString()).value_or(PartnerKind::Other);
        p.name = q.value(2).toString();
        p.address = q.value(3).toString();
        p.postalCode = q.value(4).toString();
        p.communeName = q.value(5).toString();
        p.phone = q.value(6).toString();
        p.email = q.value(7).toString();
        p.website = q.value(8).toString();
        p.relayId = q.value(9).toLongLong();
        p.notes = q.value(10).toString();
        p.active = q.value(11).toInt() != 0;
        p.version = q.value(12).toInt();
        out.append(p);
    }
    q.finish();
    return out;
}

std::optional<Partner> SqlPartnerRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    Partner p = found.first();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, name, role, phone, email FROM partner_contacts WHERE partner_id = ? ORDER BY id"));
    q.bindValue(0, id);
    Database::run(q);
    while (q.next())
        p.contacts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()});
    q.finish();
    return p;
}

QString SqlPartnerRepository::where(const PartnerQuery& query, QVariantList& bindings) const
{
    QStringList clauses;
    if (query.kind) {
        clauses << QStringLiteral("kind = ?");
        bindings << partnerKindKey(*query.kind);
    }
    if (query.activeOnly)
        clauses << QStringLiteral("active = 1");
    const QString text = foldForMatching(query.text);
    if (!text.isEmpty()) {
        // sort_name is the folded name; communes are matched as typed.
        clauses << QStringLiteral("(sort_name %1 ? ESCAPE '\\' OR commune_name %1 ? ESCAPE '\\')")
                       .arg(m_db.dialect().like());
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        bindings << QStringLiteral("%") + pattern + QStringLiteral("%");
        bindings << QStringLiteral("%") + query.text.trimmed() + QStringLiteral("%");
    }
    return clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QList<Partner> SqlPartnerRepository::list(const PartnerQuery& query) const
{
    QVariantList bindings;
    const QString filter = where(query, bindings);
    bindings << query.limit << query.offset;
    return select(filter + QStringLiteral(" ORDER BY sort_name, id LIMIT ? OFFSET ?"), bindings);
}

int SqlPartnerRepository::count(const PartnerQuery& query) const
{
    QVariantList bindings;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM partners ") + where(query, bindings));
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void SqlPartnerRepository::remove(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM partners WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

} // namespace parcours
