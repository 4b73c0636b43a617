#include "AuditChain.h"
#include "AuditTriggers.h"
#include "Database.h"
#include "QtStringMaker.h"
#include "SqlAuditRepository.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

// Issue 6: the trail a PostgreSQL server keeps is the one SQLite keeps. The
// expected texts are SQLite's (json_object, REAL as %!.15g): the same
// assertions run on both backends.

using namespace parcours;
using namespace parcours::testing;

namespace {
QList<AuditEntry> rowsOf(SqlAuditRepository& audit, const QString& entity, const QString& action)
{
    AuditQuery query;
    query.entity = entity;
    query.action = action;
    query.newestFirst = false;
    query.limit = 100;
    return audit.page(query);
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_CASE("Both backends write the same values and deleted rows into the trail", "[audit]")
{
    auto db = openTestDatabase();
    SqlAuditRepository audit{*db};
    const QString title = QStringLiteral("Éveil \"musical\"\n\\ fin");
    qint64 id = 0;
    db->inWriteTransaction([&] {
        QSqlQuery& insert = db->prepared(
            QStringLiteral("INSERT INTO training_courses(title, kind, hours) VALUES (?, ?, ?) RETURNING id"));
        insert.bindValue(0, title);
        insert.bindValue(1, QStringLiteral("atelier"));
        insert.bindValue(2, 12.0);
        Database::run(insert);
        id = Database::insertedId(insert);
    });
    REQUIRE(id > 0);
    db->inWriteTransaction([&] {
        db->execute(QStringLiteral("UPDATE training_courses SET hours = 7.5 WHERE id = %1").arg(id));
    });
    db->inWriteTransaction(
        [&] { db->execute(QStringLiteral("UPDATE training_courses SET hours = 3 WHERE id = %1").arg(id)); });
    db->inWriteTransaction(
        [&] { db->execute(QStringLiteral("DELETE FROM training_courses WHERE id = %1").arg(id)); });

    const auto updates = rowsOf(audit, QStringLiteral("training_courses"), QStringLiteral("update"));
    REQUIRE(updates.size() == 2);
    CHECK(updates[0].field == QStringLiteral("hours"));
    CHECK(updates[0].entityId == id);
    // A whole REAL is written 12.0, as SQLite writes it.
    CHECK(updates[0].oldValue == QStringLiteral("12.0"));
    CHECK(updates[0].newValue == QStringLiteral("7.5"));
    CHECK(updates[1].oldValue == QStringLiteral("7.5"));
    CHECK(updates[1].newValue == QStringLiteral("3.0"));

    const auto deleted = rowsOf(audit, QStringLiteral("training_courses"), QStringLiteral("delete"));
    REQUIRE(deleted.size() == 1);
    CHECK(deleted[0].entityId == id);
    // Compact, in column order, quotes, newline and backslash escaped, NULL as null.
    CHECK(deleted[0].oldValue ==
          QStringLiteral(R"({"id":%1,"title":"Éveil \"musical\"\n\\ fin","kind":"atelier",)"
                         R"("organisation_id":null,"hours":3.0,"description":"","active":1,"version":1})")
              .arg(id));
    CHECK(audit.verify().intact);
}

TEST_CASE("A row without an integer id is named by its key on both backends", "[audit]")
{
    auto db = openTestDatabase();
    SqlAuditRepository audit{*db};
    db->inWriteTransaction([&] {
        db->execute(QStringLiteral("INSERT INTO relays(name) VALUES ('RPE Nord')"));
        db->execute(QStringLiteral("INSERT INTO relay_communes(relay_id, insee_code) VALUES ((SELECT max(id) "
                                   "FROM relays), '54395')"));
        db->execute(QStringLiteral("INSERT INTO settings(key, value) VALUES ('theme', 'dark')"));
    });
    db->inWriteTransaction([&] {
        db->execute(QStringLiteral("UPDATE settings SET value = 'light' WHERE key = 'theme'"));
        db->execute(QStringLiteral("DELETE FROM relay_communes"));
    });
    const qint64 relay = scalar(*db, QStringLiteral("SELECT max(id) FROM relays"));

    const auto setting = rowsOf(audit, QStringLiteral("settings"), QStringLiteral("update"));
    REQUIRE(setting.size() == 1);
    CHECK(setting[0].entityKey == QStringLiteral("theme"));
    CHECK(setting[0].field == QStringLiteral("value"));
    CHECK(setting[0].oldValue == QStringLiteral("dark"));
    CHECK(setting[0].newValue == QStringLiteral("light"));

    const auto created = rowsOf(audit, QStringLiteral("relay_communes"), QStringLiteral("create"));
    REQUIRE(created.size() == 1);
    CHECK(created[0].entityKey == QStringLiteral("%1|54395").arg(relay));
    const auto removed = rowsOf(audit, QStringLiteral("relay_communes"), QStringLiteral("delete"));
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].entityKey == QStringLiteral("%1|54395").arg(relay));
    CHECK(removed[0].oldValue == QStringLiteral(R"({"relay_id":%1,"insee_code":"54395"})").arg(relay));
    CHECK(audit.verify().intact);

    // The guard says why, on both backends.
    QSqlQuery erase(db->connection());
    CHECK_FALSE(erase.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(erase.lastError().text().contains(QStringLiteral("append-only")));
}

TEST_CASE("On a server, suspending the capture stops only this connection and TRUNCATE is refused", "[audit]")
{
    if (!testingOnServer()) {
        SUCCEED("PostgreSQL only: SQLite has one writer and no TRUNCATE");
        return;
    }
    const ServerSettings settings = testServerSettings();
    auto loader = Database::openServer(settings);
    auto other = Database::openServer(settings);
    REQUIRE(AuditTriggers::active(*loader));

    AuditTriggers::suspend(*loader);
    CHECK_FALSE(AuditTriggers::active(*loader));
    CHECK(AuditTriggers::active(*other));
    loader->inWriteTransaction(
        [&] { loader->execute(QStringLiteral("INSERT INTO relays(name) VALUES ('A')")); });
    other->inWriteTransaction(
        [&] { other->execute(QStringLiteral("INSERT INTO relays(name) VALUES ('B')")); });
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'relays'")) == 1);
    AuditTriggers::resume(*loader);
    CHECK(AuditTriggers::active(*loader));
    loader->inWriteTransaction(
        [&] { loader->execute(QStringLiteral("INSERT INTO relays(name) VALUES ('C')")); });
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'relays'")) == 2);

    QSqlQuery truncate(other->connection());
    CHECK_FALSE(truncate.exec(QStringLiteral("TRUNCATE audit_log")));
    CHECK_FALSE(truncate.exec(QStringLiteral("TRUNCATE audit_anchor")));
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM audit_log")) == 2);
    // A trigger dropped behind the application's back is put back at the next open.
    QSqlQuery drop(other->connection());
    REQUIRE(drop.exec(QStringLiteral("DROP TRIGGER audit_capture_relays_insert ON relays")));
    CHECK_FALSE(AuditTriggers::active(*other));
    auto reopened = Database::openServer(settings);
    CHECK(AuditTriggers::active(*reopened));
    SqlAuditRepository audit{*reopened};
    CHECK(audit.verify().intact);
}

TEST_CASE("The chain hashes an id read back as an integer or as text alike", "[audit]")
{
    // QPSQL returns a BIGINT as qlonglong, SQLite an INTEGER as qlonglong
    // too, and a copied row may carry either as text: one canonical text,
    // so a trail copied from a file to a server still verifies there.
    const QVariant none(QMetaType::fromType<QString>());
    const QVariant at(QStringLiteral("2026-03-01T10:00:00.000Z"));
    const QVariant action(QStringLiteral("create"));
    const QVariant entity(QStringLiteral("childminders"));
    const QVariant digest(QStringLiteral("ab"));
    const QByteArray asInteger =
        AuditChain::rowHash(QString(), at, none, action, entity, QVariant(qlonglong(42)), none,
                            QVariant(qlonglong(42)), none, digest);
    CHECK(asInteger == AuditChain::rowHash(QString(), at, none, action, entity,
                                           QVariant(QStringLiteral("42")), none, QVariant(42), none, digest));
    // NULL stays distinct from a number and from empty text.
    CHECK(asInteger != AuditChain::rowHash(QString(), at, none, action, entity, QVariant(qlonglong(42)), none,
                                           QVariant(QMetaType::fromType<qlonglong>()), none, digest));
    CHECK(asInteger != AuditChain::rowHash(QString(), at, none, action, entity, QVariant(qlonglong(42)),
                                           QVariant(QStringLiteral("")), QVariant(qlonglong(42)), none,
                                           digest));
}

TEST_CASE("The chain's hashes follow the documented field format, byte for byte", "[audit]")
{
    // Every sealed trail on file was hashed this way: "-" for NULL, else
    // "<UTF-8 byte length>:<UTF-8 bytes>", fields in order, SHA-256 in hex.
    // The expected values come from an independent implementation (Python's
    // hashlib over the same format), so a faster hashing that changed one
    // byte would break every existing chain and this test.
    const QByteArray row =
        AuditChain::rowHash(QString(), QVariant(QStringLiteral("2026-11-30T10:00:00.000Z")),
                            QVariant(QMetaType::fromType<QString>()), QVariant(QStringLiteral("create")),
                            QVariant(QStringLiteral("childminders")), QVariant(qlonglong(42)), QVariant(),
                            QVariant(7), QVariant(QStringLiteral("")), QVariant(QStringLiteral("abc")));
    CHECK(row == QByteArray("1fc6605914dd7f8f9fc333ef4968fc80ca6a3d3845f2878b64cdb0205e57e0b3"));
    const QByteArray values = AuditChain::valuesDigest(QVariant(QStringLiteral("00ff")), QVariant(),
                                                       QVariant(QStringLiteral("Hélène « x »")));
    CHECK(values == QByteArray("c8e804ad709eb0d67c82810f11a290f695fd59d2dc11d009663c935e156f5704"));
}
