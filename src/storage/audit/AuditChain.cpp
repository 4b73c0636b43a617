#include "AuditChain.h"

#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <vector>

namespace parcours::AuditChain {

namespace {

// "-" for NULL, "<byte length>:<UTF-8 bytes>" otherwise: unambiguous whatever the text holds.
void addField(QCryptographicHash& hash, const QVariant& value)
{
    // A null QString binds as SQL NULL, so it hashes as NULL too.
    const bool isNull = value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull());
    if (isNull) {
        hash.addData(QByteArrayView("-"));
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

struct Unsealed
{
    qint64 id;
    QVariant atUtc, user, action, entity, entityId, entityKey, personId, field, oldValue, newValue;
};

} // namespace

QByteArray valuesDigest(const QVariant& salt, const QVariant& oldValue, const QVariant& newValue)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, salt);
    addField(hash, oldValue);
    addField(hash, newValue);
    return hash.result().toHex();
}

QByteArray rowHash(const QString& prevHash, const QVariant& atUtc, const QVariant& user,
                   const QVariant& action, const QVariant& entity, const QVariant& entityId,
                   const QVariant& entityKey, const QVariant& personId, const QVariant& field,
                   const QVariant& valuesDigest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The first row's predecessor is empty (or the anchor): NULL and '' alike.
    addField(hash, QVariant(prevHash.isNull() ? QStringLiteral("") : prevHash));
    for (const QVariant* v :
         {&atUtc, &user, &action, &entity, &entityId, &entityKey, &personId, &field, &valuesDigest})
        addField(hash, *v);
    return hash.result().toHex();
}

namespace {
// Rows sealed per round: an import of 250,000 people leaves 750,000 rows to
// seal at its COMMIT, which must not all be held in memory at once.
constexpr int kSealBatch = 5000;

std::vector<Unsealed> nextUnsealed(Database& db, qint64 afterId)
{
    QSqlQuery& pending = db.prepared(QStringLiteral(
        "SELECT id, at_utc, user_login, action, entity, entity_id, entity_key, person_id, field, "
        "old_value, new_value FROM audit_log WHERE hash IS NULL AND id > ? ORDER BY id LIMIT ?"));
    pending.bindValue(0, afterId);
    pending.bindValue(1, kSealBatch);
    Database::run(pending);
    std::vector<Unsealed> rows;
    while (pending.next())
        rows.push_back({pending.value(0).toLongLong(), pending.value(1), pending.value(2), pending.value(3),
                        pending.value(4), pending.value(5), pending.value(6), pending.value(7),
                        pending.value(8), pending.value(9), pending.value(10)});
    pending.finish();
    return rows;
}
} // namespace

void seal(Database& db, const QString& actor)
{
    std::vector<Unsealed> rows = nextUnsealed(db, 0);
    if (rows.empty())
        return;

    QSqlQuery& last = db.prepared(QStringLiteral(
        "SELECT coalesce((SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1), "
        "(SELECT hash FROM audit_anchor WHERE id = 1), '')"));
    Database::run(last);
    QString prev = last.next() ? last.value(0).toString() : QString();
    last.finish();

    const QVariant actorValue = actor.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(actor);
    QSqlQuery& update =
        db.prepared(QStringLiteral("UPDATE audit_log SET user_login = ?, salt = ?, values_digest = ?, "
                                   "prev_hash = ?, hash = ? WHERE id = ?"));
    std::vector<quint32> random;
    while (!rows.empty()) {
        // One draw from the system's generator per batch.
        random.resize(rows.size() * 4);
        QRandomGenerator::system()->fillRange(random.data(), static_cast<qsizetype>(random.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Unsealed& r = rows[i];
            const QVariant user = r.user.isNull() || r.user.toString().isEmpty() ? actorValue : r.user;
            const QByteArray saltBytes(reinterpret_cast<const char*>(&random[i * 4]), 16);
            const QVariant salt = QString::fromLatin1(saltBytes.toHex());
            const QVariant digest = QString::fromLatin1(valuesDigest(salt, r.oldValue, r.newValue));
            const QString hash =
                QString::fromLatin1(rowHash(prev, r.atUtc, user, r.action, r.entity, r.entityId, r.entityKey,
                                            r.personId, r.field, digest));
            update.bindValue(0, user);
            update.bindValue(1, salt);
            update.bindValue(2, digest);
            update.bindValue(3, prev.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(prev));
            update.bindValue(4, hash);
            update.bindValue(5, r.id);
            Database::run(update);
            prev = hash;
        }
        const qint64 lastId = rows.back().id;
        rows = rows.size() < std::size_t(kSealBatch) ? std::vector<Unsealed>{} : nextUnsealed(db, lastId);
    }
}

AuditVerification verify(Database& db)
{
    AuditVerification result;
    QSqlQuery anchor(db.connection());
    anchor.exec(QStringLiteral("SELECT hash FROM audit_anchor WHERE id = 1"));
    QString expectedPrev = anchor.next() ? anchor.value(0).toString() : QString();
    anchor.finish();

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, at_utc, user_login, action, entity, entity_id, entity_key, person_id, "
                           "field, old_value, new_value, salt, values_digest, prev_hash, hash FROM audit_log "
                           "ORDER BY id"))) {
        result.intact = false;
        result.message =
            QCoreApplication::translate("AuditChain", "The audit trail cannot be read. Restore a backup.");
        return result;
    }
    const auto broken = [&](qint64 id, const QString& message) {
        result.intact = false;
        result.firstBrokenId = id;
        result.message = message.arg(id);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QVariant hash = q.value(14);
        if (hash.isNull()) {
            ++result.unsealedRows;
            continue;
        }
        if (result.unsealedRows > 0) {
            broken(id,
                   QCoreApplication::translate(
                       "AuditChain", "Row %1 is sealed after rows that are not: the chain was rewritten."));
            return result;
        }
        ++result.checkedRows;
        const QVariant salt = q.value(11);
        const QVariant digest = q.value(12);
        if (salt.isNull()) {
            if (!q.value(9).isNull() || !q.value(10).isNull()) {
                broken(id, QCoreApplication::translate(
                               "AuditChain",
                               "Row %1 has values but no salt: its values were changed after it was "
                               "recorded."));
                return result;
            }
            ++result.redactedRows;
        } else if (valuesDigest(salt, q.value(9), q.value(10)) != digest.toString().toLatin1()) {
            broken(id,
                   QCoreApplication::translate(
                       "AuditChain", "The old or new value of row %1 was changed after it was recorded."));
            return result;
        }
        if (q.value(13).toString() != expectedPrev) {
            broken(id, QCoreApplication::translate(
                           "AuditChain",
                           "Row %1 does not follow the previous one: a row before it was deleted or "
                           "inserted."));
            return result;
        }
        const QByteArray computed =
            rowHash(q.value(13).toString(), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5),
                    q.value(6), q.value(7), q.value(8), digest);
        if (computed != hash.toString().toLatin1()) {
            broken(id, QCoreApplication::translate(
                           "AuditChain",
                           "Row %1 was changed after it was recorded (date, user, action or record)."));
            return result;
        }
        expectedPrev = hash.toString();
    }
    result.message = QCoreApplication::translate("AuditChain", "The audit trail is intact: %1 rows checked.")
                         .arg(result.checkedRows);
    return result;
}

} // namespace parcours::AuditChain
