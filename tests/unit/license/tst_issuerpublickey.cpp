#include "license/IssuerKeyPair.h"
#include "license/IssuerPublicKey.h"
#include "license/LicenseErrorCode.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class tst_IssuerPublicKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromBytesChecksSize();
    void roundTripsThroughFile();
    void rejectsDamagedFiles_data();
    void rejectsDamagedFiles();
};

void tst_IssuerPublicKey::fromBytesChecksSize() {
    QVERIFY(IssuerPublicKey::fromBytes(QByteArray(32, 'p')).ok());
    QCOMPARE(IssuerPublicKey::fromBytes(QByteArray(31, 'p')).error().code, LicenseErrorCode::invalidKeyFile);
}

void tst_IssuerPublicKey::roundTripsThroughFile() {
    QTemporaryDir dir;
    const auto key = IssuerKeyPair::generate().value();
    const QString path = dir.filePath(u"issuer.pub"_s);
    QVERIFY(key.publicKey().save(path).ok());
    const auto loaded = IssuerPublicKey::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), key.publicKey());
    const QJsonObject json = QJsonDocument::fromJson(key.publicKey().toFileBytes()).object();
    QCOMPARE(json.value(u"kind"_s).toString(), u"leasekeeper-issuer-public-key"_s);
    QCOMPARE(json.keys(), QStringList({u"algorithm"_s, u"key_id"_s, u"kind"_s, u"public_key"_s}));
}

void tst_IssuerPublicKey::rejectsDamagedFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageFragment");

    const auto key = IssuerKeyPair::generate().value();
    const QJsonObject good = key.publicKey().toJson();
    const auto edited = [&good](const QString& field, const QJsonValue& value) {
        QJsonObject json = good;
        json.insert(field, value);
        return QJsonDocument(json).toJson();
    };
    const QString invalid = LicenseErrorCode::invalidKeyFile.toString();

    QTest::newRow("private key file")
        << key.toPrivateFileBytes() << invalid << u"this is an issuer PRIVATE key"_s;
    QTest::newRow("not JSON") << QByteArray("ssh-ed25519 AAAA") << invalid << u"not valid JSON"_s;
    QTest::newRow("wrong kind") << edited(u"kind"_s, u"other"_s) << invalid << u"\"kind\" is \"other\""_s;
    QTest::newRow("key too long") << edited(u"public_key"_s,
                                            QString::fromLatin1(QByteArray(33, 'k').toBase64()))
                                  << invalid << u"holds 33 bytes"_s;
    QTest::newRow("key missing") << edited(u"public_key"_s, QJsonValue::Null) << invalid
                                 << u"\"public_key\" is missing"_s;
    QTest::newRow("key replaced") << edited(u"public_key"_s,
                                            QString::fromLatin1(QByteArray(32, 'k').toBase64()))
                                  << LicenseErrorCode::keyIdMismatch.toString() << u"edited or damaged"_s;
    QTest::newRow("key id edited") << edited(u"key_id"_s, u"ffffffffffffffff"_s)
                                   << LicenseErrorCode::keyIdMismatch.toString() << u"ffffffffffffffff"_s;
}

void tst_IssuerPublicKey::rejectsDamagedFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, messageFragment);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.pub"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const auto loaded = IssuerPublicKey::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY2(loaded.error().message.contains(messageFragment), qPrintable(loaded.error().message));
}

QTEST_GUILESS_MAIN(tst_IssuerPublicKey)
#include "tst_issuerpublickey.moc"
