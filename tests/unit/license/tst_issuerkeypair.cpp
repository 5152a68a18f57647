#include "license/Ed25519.h"
#include "license/IssuerKeyPair.h"
#include "license/LicenseErrorCode.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

int fileMode(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QByteArray privateFile(const QString& kind, const QString& algorithm, const QString& keyId,
                       const QString& secret) {
    return QJsonDocument(QJsonObject{{u"kind"_s, kind},
                                     {u"algorithm"_s, algorithm},
                                     {u"key_id"_s, keyId},
                                     {u"secret_key"_s, secret}})
        .toJson();
}

} // namespace

class tst_IssuerKeyPair : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void generatesDistinctKeys();
    void roundTripsThroughFiles();
    void privateKeyFileIsOwnerOnly();
    void refusesToOverwriteUnlessAsked();
    void rejectsDamagedFiles_data();
    void rejectsDamagedFiles();
    void reportsMissingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_IssuerKeyPair::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_IssuerKeyPair::generatesDistinctKeys() {
    const auto a = IssuerKeyPair::generate();
    const auto b = IssuerKeyPair::generate();
    QVERIFY(a && b);
    QVERIFY(a->keyId() != b->keyId());
    QVERIFY(Ed25519::isKeyId(a->keyId()));
    QCOMPARE(a->keyId(), Ed25519::keyId(a->publicKey().bytes()));
    QVERIFY(a->publicKey().verify("x", a->sign("x")));
    QVERIFY(!b->publicKey().verify("x", a->sign("x")));
}

void tst_IssuerKeyPair::roundTripsThroughFiles() {
    const auto key = IssuerKeyPair::generate().value();
    const QString privatePath = m_dir->filePath(u"issuer.key"_s);
    const QString publicPath = m_dir->filePath(u"issuer.pub"_s);
    QVERIFY(key.savePrivate(privatePath, false).ok());
    QVERIFY(key.savePublic(publicPath).ok());

    const auto loaded = IssuerKeyPair::load(privatePath);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->keyId(), key.keyId());
    QCOMPARE(loaded->publicKey(), key.publicKey());
    const auto publicKey = IssuerPublicKey::load(publicPath);
    QVERIFY(publicKey.ok());
    QCOMPARE(publicKey.value(), key.publicKey());
    QVERIFY(publicKey->verify("terms", loaded->sign("terms")));

    const QJsonObject json = QJsonDocument::fromJson(key.toPrivateFileBytes()).object();
    QCOMPARE(json.value(u"kind"_s).toString(), u"leasekeeper-issuer-private-key"_s);
    QCOMPARE(json.value(u"algorithm"_s).toString(), u"ed25519"_s);
    QCOMPARE(json.value(u"key_id"_s).toString(), key.keyId());
    QCOMPARE(QByteArray::fromBase64(json.value(u"secret_key"_s).toString().toLatin1()).size(), 64);
}

void tst_IssuerKeyPair::privateKeyFileIsOwnerOnly() {
    const auto key = IssuerKeyPair::generate().value();
    const QString path = m_dir->filePath(u"issuer.key"_s);
    QVERIFY(key.savePrivate(path, false).ok());
    QCOMPARE(fileMode(path), 0600);

    // Replacing a world-readable file must not keep its mode.
    const QString loose = m_dir->filePath(u"loose.key"_s);
    QFile file(loose);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QFile::setPermissions(loose, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QCOMPARE(fileMode(loose), 0644);
    QVERIFY(key.savePrivate(loose, true).ok());
    QCOMPARE(fileMode(loose), 0600);
}

void tst_IssuerKeyPair::refusesToOverwriteUnlessAsked() {
    const QString path = m_dir->filePath(u"issuer.key"_s);
    const auto first = IssuerKeyPair::generate().value();
    const auto second = IssuerKeyPair::generate().value();
    QVERIFY(first.savePrivate(path, false).ok());
    const Status refused = second.savePrivate(path, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LicenseErrorCode::fileExists);
    QCOMPARE(IssuerKeyPair::load(path)->keyId(), first.keyId());
    QVERIFY(second.savePrivate(path, true).ok());
    QCOMPARE(IssuerKeyPair::load(path)->keyId(), second.keyId());
}

void tst_IssuerKeyPair::rejectsDamagedFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageFragment");

    const auto key = IssuerKeyPair::generate().value();
    const QJsonObject good = QJsonDocument::fromJson(key.toPrivateFileBytes()).object();
    const QString id = key.keyId();
    const QString secret = good.value(u"secret_key"_s).toString();
    const QString kind = u"leasekeeper-issuer-private-key"_s;
    const QString invalid = LicenseErrorCode::invalidKeyFile.toString();
    const auto flipped = [&](int index) {
        QByteArray bytes = QByteArray::fromBase64(secret.toLatin1());
        bytes[index] = char(bytes[index] ^ 0x01);
        return QString::fromLatin1(bytes.toBase64());
    };

    QTest::newRow("not JSON") << QByteArray("-----BEGIN PRIVATE KEY-----") << invalid << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << invalid << u"must be an object"_s;
    QTest::newRow("public key file") << key.publicKey().toFileBytes() << invalid
                                     << u"this is an issuer public key"_s;
    QTest::newRow("wrong kind") << privateFile(u"ssh-key"_s, u"ed25519"_s, id, secret) << invalid
                                << u"\"kind\" is \"ssh-key\""_s;
    QTest::newRow("wrong algorithm") << privateFile(kind, u"rsa"_s, id, secret) << invalid
                                     << u"\"algorithm\" is \"rsa\""_s;
    QTest::newRow("secret not base64")
        << privateFile(kind, u"ed25519"_s, id, u"%%%"_s) << invalid << u"not valid base64"_s;
    QTest::newRow("secret too short")
        << privateFile(kind, u"ed25519"_s, id, QString::fromLatin1(QByteArray(32, 's').toBase64())) << invalid
        << u"holds 32 bytes"_s;
    QTest::newRow("key id mismatch") << privateFile(kind, u"ed25519"_s, u"0123456789abcdef"_s, secret)
                                     << LicenseErrorCode::keyIdMismatch.toString() << u"0123456789abcdef"_s;
    QTest::newRow("seed damaged") << privateFile(kind, u"ed25519"_s, id, flipped(3)) << invalid
                                  << u"not a consistent Ed25519 key"_s;
    QTest::newRow("public half damaged")
        << privateFile(kind, u"ed25519"_s, id, flipped(40)) << invalid << u"not a consistent Ed25519 key"_s;
}

void tst_IssuerKeyPair::rejectsDamagedFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, messageFragment);

    const QString path = m_dir->filePath(u"damaged.key"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const auto loaded = IssuerKeyPair::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY2(loaded.error().message.contains(messageFragment), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

void tst_IssuerKeyPair::reportsMissingFile() {
    const QString path = m_dir->filePath(u"missing.key"_s);
    const auto loaded = IssuerKeyPair::load(path);
    QCOMPARE(loaded.error().code, LicenseErrorCode::fileNotFound);
    QCOMPARE(loaded.error().message, u"issuer private key file %1 does not exist"_s.arg(path));
}

QTEST_GUILESS_MAIN(tst_IssuerKeyPair)
#include "tst_issuerkeypair.moc"
