#include "BackupCrypto.h"

#include "DomainError.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>
#include <vector>

namespace parcours {

namespace {

const QByteArray kMagic("PARCOURS-SAUVEGARDE\x1a", 20);
constexpr quint8 kVersion = 1;
// Argon2 limits read back from a file are bounded so that a forged header
// cannot make the application allocate gigabytes.
constexpr quint64 kMaxOps = 20;
constexpr quint64 kMaxMem = quint64(1) << 30;
constexpr int kPrefixSize = 20 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr int kHeaderSize = kPrefixSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw DomainError(
            BackupCrypto::tr("The encryption library could not start. Reinstall Parcours Pro."));
}

// The key in locked memory, wiped when it goes out of scope.
struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    Key() { sodium_mlock(bytes, sizeof bytes); }
    ~Key() { sodium_munlock(bytes, sizeof bytes); }
};

void deriveKey(Key& key, const QString& passphrase, const unsigned char* salt, quint64 ops, quint64 mem)
{
    QByteArray utf8 = passphrase.toUtf8();
    const int rc = crypto_pwhash(key.bytes, sizeof key.bytes, utf8.constData(), quint64(utf8.size()), salt,
                                 ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        throw DomainError(BackupCrypto::tr("Not enough memory to derive the encryption key. Close other "
                                           "programs and try again."));
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void cannotRead(const QString& path, const QString& why)
{
    throw DomainError(BackupCrypto::tr("Cannot read %1: %2.").arg(native(path), why));
}

void commit(QSaveFile& out)
{
    if (!out.commit())
        throw DomainError(BackupCrypto::tr("Saving %1 failed: %2. Check the free space.")
                              .arg(native(out.fileName()), out.errorString()));
}

} // namespace

bool BackupCrypto::isEncrypted(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagic.size()) == kMagic;
}

void BackupCrypto::encryptFile(const QString& plainPath, const QString& encryptedPath,
                               const QString& passphrase)
{
    ensureSodium();
    if (passphrase.isEmpty())
        throw DomainError(tr("An encrypted backup needs a passphrase."));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        cannotRead(plainPath, in.errorString());
    QSaveFile out(encryptedPath);
    if (!out.open(QIODevice::WriteOnly))
        throw DomainError(
            tr("Cannot write %1: %2. Choose another folder.").arg(native(encryptedPath), out.errorString()));

    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray header = kMagic;
    header.append(char(kVersion));
    char number[8];
    qToBigEndian(ops, number);
    header.append(number, 8);
    qToBigEndian(mem, number);
    header.append(number, 8);
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    header.append(reinterpret_cast<const char*>(salt), sizeof salt);
    const QByteArray prefix = header; // authenticated with every chunk

    Key key;
    deriveKey(key, passphrase, salt, ops, mem);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.bytes);
    header.append(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader);
    out.write(header);

    std::vector<unsigned char> cipher(size_t(kChunkSize) + crypto_secretstream_xchacha20poly1305_ABYTES);
    QByteArray chunk = in.read(kChunkSize);
    for (;;) {
        const QByteArray next = in.read(kChunkSize); // read ahead to know which chunk is the last
        const bool last = next.isEmpty();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &written, reinterpret_cast<const unsigned char*>(chunk.constData()),
            quint64(chunk.size()), reinterpret_cast<const unsigned char*>(prefix.constData()),
            quint64(prefix.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (out.write(reinterpret_cast<const char*>(cipher.data()), qint64(written)) != qint64(written))
            break; // QSaveFile remembers the error; commit() reports it
        if (last)
            break;
        chunk = next;
    }
    if (in.error() != QFileDevice::NoError) {
        out.cancelWriting();
        cannotRead(plainPath, in.errorString());
    }
    commit(out);
}

void BackupCrypto::decryptFile(const QString& encryptedPath, const QString& plainPath,
                               const QString& passphrase)
{
    ensureSodium();
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        cannotRead(encryptedPath, in.errorString());
    const QByteArray header = in.read(kHeaderSize);
    if (!header.startsWith(kMagic))
        throw DomainError(tr("%1 is not an encrypted Parcours Pro backup.").arg(native(encryptedPath)));
    if (header.size() < kHeaderSize)
        throw DomainError(tr("The encrypted backup %1 is truncated (incomplete header): it cannot be "
                             "restored. Use another backup.")
                              .arg(native(encryptedPath)));
    if (quint8(header.at(kMagic.size())) != kVersion)
        throw DomainError(tr("The backup %1 was encrypted by a newer version of Parcours Pro. Install the "
                             "newer version to restore it.")
                              .arg(native(encryptedPath)));
    const quint64 ops = qFromBigEndian<quint64>(header.constData() + kMagic.size() + 1);
    const quint64 mem = qFromBigEndian<quint64>(header.constData() + kMagic.size() + 9);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOps || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > kMaxMem)
        throw DomainError(tr("The header of the encrypted backup %1 was altered: it cannot be restored. Use "
                             "another backup.")
                              .arg(native(encryptedPath)));
    if (passphrase.isEmpty())
        throw DomainError(tr("The backup %1 is encrypted: give its passphrase.").arg(native(encryptedPath)));
    const QByteArray prefix = header.left(kPrefixSize);
    const auto* salt = reinterpret_cast<const unsigned char*>(header.constData() + kMagic.size() + 17);

    Key key;
    deriveKey(key, passphrase, salt, ops, mem);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(header.constData() + kPrefixSize), key.bytes) != 0)
        throw DomainError(tr("The header of the encrypted backup %1 was altered: it cannot be restored. Use "
                             "another backup.")
                              .arg(native(encryptedPath)));

    QSaveFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly))
        throw DomainError(
            tr("Cannot write %1: %2. Choose another folder.").arg(native(plainPath), out.errorString()));
    std::vector<unsigned char> plain(static_cast<size_t>(kChunkSize));
    bool first = true;
    for (;;) {
        const QByteArray chunk = in.read(kChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (chunk.isEmpty()) {
            out.cancelWriting();
            throw DomainError(
                tr("The encrypted backup %1 is truncated: its end is missing, probably after an "
                   "interrupted copy. Nothing was restored. Use another backup.")
                    .arg(native(encryptedPath)));
        }
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &length, &tag,
                reinterpret_cast<const unsigned char*>(chunk.constData()), quint64(chunk.size()),
                reinterpret_cast<const unsigned char*>(prefix.constData()), quint64(prefix.size())) != 0) {
            out.cancelWriting();
            // The first chunk is the first thing the key opens: a failure there
            // is most often a wrong passphrase.
            throw DomainError(first ? tr("The backup %1 cannot be decrypted: the passphrase is wrong, or the "
                                         "file was altered. Nothing was restored.")
                                          .arg(native(encryptedPath))
                                    : tr("The encrypted backup %1 was altered (a part of it fails its "
                                         "authentication check). Nothing was restored. Use another backup.")
                                          .arg(native(encryptedPath)));
        }
        first = false;
        out.write(reinterpret_cast<const char*>(plain.data()), qint64(length));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.atEnd()) {
                out.cancelWriting();
                throw DomainError(tr("The encrypted backup %1 has unexpected bytes after its end: it was "
                                     "altered. Nothing was restored. Use another backup.")
                                      .arg(native(encryptedPath)));
            }
            break;
        }
    }
    sodium_memzero(plain.data(), plain.size());
    commit(out);
}

} // namespace parcours
