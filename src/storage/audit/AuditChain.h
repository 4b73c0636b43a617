#pragma once

#include "AuditRepository.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace parcours {

class Database;

// The hash chain over audit_log. Each sealed row carries
//   values_digest = SHA-256(salt, old_value, new_value)
//   hash = SHA-256(prev_hash, at_utc, user_login, action, entity, entity_id,
//                  entity_key, person_id, field, values_digest)
// with every field length-prefixed (NULL distinct from empty), so no two
// different rows encode alike. The chain covers the digest, not the values:
// an anonymisation can redact a person's values (and the salt that would let
// someone test guesses against the digest) and the chain still verifies.
namespace AuditChain {

QByteArray valuesDigest(const QVariant& salt, const QVariant& oldValue, const QVariant& newValue);
QByteArray rowHash(const QString& prevHash, const QVariant& atUtc, const QVariant& user,
                   const QVariant& action, const QVariant& entity, const QVariant& entityId,
                   const QVariant& entityKey, const QVariant& personId, const QVariant& field,
                   const QVariant& valuesDigest);

// Seals the unsealed rows in id order: user_login (when empty) = actor, a
// random salt, the digest and the hash. Called by Database just before the
// outermost COMMIT; one prepared UPDATE per row.
void seal(Database& db, const QString& actor);

// Walks the whole chain from the anchor (or the start).
AuditVerification verify(Database& db);

} // namespace AuditChain

} // namespace parcours
