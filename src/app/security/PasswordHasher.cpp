#include "PasswordHasher.h"

#include "DomainError.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace parcours {

namespace {

void initialiseSodium()
{
    // Idempotent and thread-safe; a negative result means no usable random source.
    if (sodium_init() < 0)
        throw StorageError(QCoreApplication::translate(
            "PasswordHasher", "The cryptography library could not start. Restart the application."));
}

} // namespace

PasswordHashLimits PasswordHashLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHashLimits PasswordHashLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordHashLimits PasswordHashLimits::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordHashLimits limits) : m_limits(limits)
{
    initialiseSodium();
}

QString PasswordHasher::hash(const QString& password) const
{
    QByteArray secret = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str_alg(out, secret.constData(), static_cast<unsigned long long>(secret.size()),
                              m_limits.opsLimit, m_limits.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    if (rc != 0)
        throw StorageError(QCoreApplication::translate(
            "PasswordHasher",
            "Not enough memory to protect the password. Close other programs and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password) const
{
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty())
        return false;
    QByteArray secret = password.toUtf8();
    const int rc = crypto_pwhash_str_verify(stored.constData(), secret.constData(),
                                            static_cast<unsigned long long>(secret.size()));
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QString& hash) const
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit, m_limits.memLimit) != 0;
}

} // namespace parcours
