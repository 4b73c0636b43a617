#include "BackupCrypto.h"
#include "DomainError.h"
#include "QtStringMaker.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Decrypts and returns the refusal message (empty when it succeeded).
QString refusal(const QString& encrypted, const QString& plain, const QString& passphrase)
{
    try {
        BackupCrypto::decryptFile(encrypted, plain, passphrase);
    } catch (const DomainError& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("An encrypted backup round-trips and refuses a wrong passphrase, an altered byte and a truncated "
          "file",
          "[app][backup][crypto]")
{
    QTemporaryDir dir;
    // Three and a half chunks, so the stream has MESSAGE chunks and a short FINAL one.
    QRandomGenerator random(5);
    QByteArray plain(BackupCrypto::kChunkSize * 3 + BackupCrypto::kChunkSize / 2, Qt::Uninitialized);
    for (auto& b : plain)
        b = char(random.bounded(256));
    const QString source = dir.filePath(QStringLiteral("base.sqlite"));
    const QString encrypted = dir.filePath(QStringLiteral("base.sqlite.chiffre"));
    const QString restored = dir.filePath(QStringLiteral("restauree.sqlite"));
    writeAll(source, plain);
    const QString passphrase = QStringLiteral("Relais petite enfance, Verdun – 2026 !");

    BackupCrypto::encryptFile(source, encrypted, passphrase);
    CHECK(BackupCrypto::isEncrypted(encrypted));
    CHECK_FALSE(BackupCrypto::isEncrypted(source));
    const QByteArray cipher = readAll(encrypted);
    CHECK_FALSE(cipher.contains(plain.mid(1000, 64))); // no plaintext in the file
    CHECK(cipher.size() > plain.size());

    CHECK(refusal(encrypted, restored, passphrase).isEmpty());
    CHECK(readAll(restored) == plain);
    QFile::remove(restored);

    SECTION("wrong passphrase")
    {
        const QString message = refusal(encrypted, restored, QStringLiteral("Relais petite enfance"));
        CHECK(message.contains(QStringLiteral("passphrase is wrong")));
        CHECK_FALSE(QFile::exists(restored));
    }
    SECTION("one byte altered in the third chunk")
    {
        QByteArray altered = cipher;
        const int at = cipher.size() - BackupCrypto::kChunkSize; // inside a later chunk
        altered[at] = char(altered.at(at) ^ 0x01);
        writeAll(encrypted, altered);
        const QString message = refusal(encrypted, restored, passphrase);
        CHECK(message.contains(QStringLiteral("was altered")));
        CHECK_FALSE(QFile::exists(restored));
    }
    SECTION("one byte altered in the header's salt")
    {
        QByteArray altered = cipher;
        altered[40] = char(altered.at(40) ^ 0x80);
        writeAll(encrypted, altered);
        CHECK_FALSE(refusal(encrypted, restored, passphrase).isEmpty());
        CHECK_FALSE(QFile::exists(restored));
    }
    SECTION("truncated at a chunk boundary: no FINAL tag")
    {
        const int header = cipher.size() - plain.size() - 4 * 17; // 4 chunks of 17 extra bytes each
        writeAll(encrypted, cipher.left(header + 2 * (BackupCrypto::kChunkSize + 17)));
        const QString message = refusal(encrypted, restored, passphrase);
        CHECK(message.contains(QStringLiteral("truncated")));
        CHECK_FALSE(QFile::exists(restored));
    }
    SECTION("truncated in the middle of the last chunk")
    {
        writeAll(encrypted, cipher.left(cipher.size() - 100));
        CHECK_FALSE(refusal(encrypted, restored, passphrase).isEmpty());
        CHECK_FALSE(QFile::exists(restored));
    }
    SECTION("bytes appended after the end")
    {
        writeAll(encrypted, cipher + QByteArray("extra"));
        CHECK(refusal(encrypted, restored, passphrase).contains(QStringLiteral("altered")));
        CHECK_FALSE(QFile::exists(restored));
    }
    SECTION("a file that is not an encrypted backup")
    {
        CHECK(refusal(source, restored, passphrase).contains(QStringLiteral("not an encrypted")));
    }
}

TEST_CASE("Encrypting twice gives different files (random salt and nonce)", "[app][backup][crypto]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("petit.sqlite"));
    writeAll(source, QByteArray("SQLite format 3"));
    BackupCrypto::encryptFile(source, dir.filePath(QStringLiteral("a")), QStringLiteral("secret"));
    BackupCrypto::encryptFile(source, dir.filePath(QStringLiteral("b")), QStringLiteral("secret"));
    CHECK(readAll(dir.filePath(QStringLiteral("a"))) != readAll(dir.filePath(QStringLiteral("b"))));
    CHECK_THROWS_AS(BackupCrypto::encryptFile(source, dir.filePath(QStringLiteral("c")), QString()),
                    DomainError);
}
