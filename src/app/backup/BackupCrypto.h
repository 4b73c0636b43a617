#pragma once

#include <QCoreApplication>
#include <QString>

namespace parcours {

// Encrypted backups (issue 5): libsodium secretstream XChaCha20-Poly1305,
// the key derived from a passphrase with Argon2id (crypto_pwhash, random
// salt). The file is a header (magic, format version, Argon2 limits, salt,
// stream header) then 64 KiB chunks, the last one tagged FINAL; the header is
// authenticated with every chunk. A wrong passphrase, one altered byte, a
// truncated file or bytes after the end are all refused with a French
// message and nothing written. The passphrase is never stored.
class BackupCrypto
{
    Q_DECLARE_TR_FUNCTIONS(BackupCrypto)

  public:
    static constexpr int kChunkSize = 64 * 1024;

    // True when the file starts with the magic of an encrypted backup.
    static bool isEncrypted(const QString& path);
    // Both write through QSaveFile (all or nothing) and throw DomainError.
    static void encryptFile(const QString& plainPath, const QString& encryptedPath,
                            const QString& passphrase);
    static void decryptFile(const QString& encryptedPath, const QString& plainPath,
                            const QString& passphrase);
};

} // namespace parcours
