#pragma once

#include "UserAccount.h"

#include <QList>
#include <optional>

namespace parcours {

// The user accounts. Callers run writes inside a transaction (TransactionRunner).
class UserRepository
{
  public:
    virtual ~UserRepository() = default;
    virtual QList<UserAccount> list() const = 0; // sorted by login
    virtual std::optional<UserAccount> find(qint64 id) const = 0;
    virtual std::optional<UserAccount> findByLogin(const QString& login) const = 0; // case-insensitive
    virtual int count() const = 0;
    // Inserts (id == 0) or updates with optimistic concurrency: a stale
    // version throws ConcurrencyConflict. Sets id and version; the caller
    // sets createdAt/updatedAt from its clock.
    virtual void save(UserAccount& user) = 0;
};

} // namespace parcours
