#pragma once

#include <QString>
#include <cstddef>

namespace parcours {

// How hard Argon2id works per hash (libsodium's opslimit/memlimit). Production
// uses interactive() or moderate(); tests pass fastForTests() so hundreds of
// hashes take milliseconds. Changing the limits makes every stored hash
// "need a rehash": it is redone at the user's next successful sign-in.
struct PasswordHashLimits
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    static PasswordHashLimits interactive();  // crypto_pwhash_*_INTERACTIVE: 2 passes, 64 MiB
    static PasswordHashLimits moderate();     // crypto_pwhash_*_MODERATE: 3 passes, 256 MiB
    static PasswordHashLimits fastForTests(); // the minimum libsodium accepts: tests only
};

// Argon2id through libsodium's self-describing strings ($argon2id$v=19$m=…).
class PasswordHasher
{
  public:
    explicit PasswordHasher(PasswordHashLimits limits);
    PasswordHashLimits limits() const { return m_limits; }

    // Throws StorageError when libsodium cannot allocate the memory it needs.
    QString hash(const QString& password) const;
    bool verify(const QString& hash, const QString& password) const;
    // True when the hash was made with other limits (or another algorithm).
    bool needsRehash(const QString& hash) const;

  private:
    PasswordHashLimits m_limits;
};

} // namespace parcours
