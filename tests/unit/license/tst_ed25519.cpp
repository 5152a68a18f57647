#include "license/Ed25519.h"

#include <QCryptographicHash>
#include <QTest>
#include <array>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lk;

class tst_Ed25519 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc8032Vectors_data();
    void rfc8032Vectors();
    void rejectsWrongSizes();
    void generatedKeysSignAndVerify();
    void publicKeyForDetectsDamage();
    void keyIdIsBlake2bPrefix();
};

void tst_Ed25519::rfc8032Vectors_data() {
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    // RFC 8032, section 7.1, TEST 1 and TEST 2.
    QTest::newRow("test 1")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void tst_Ed25519::rfc8032Vectors() {
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    const QByteArray secretKey = seed + publicKey;
    QCOMPARE(Ed25519::publicKeyFor(secretKey), publicKey);
    QCOMPARE(Ed25519::sign(message, secretKey), signature);
    QVERIFY(Ed25519::verify(message, signature, publicKey));
    QVERIFY(!Ed25519::verify(message + 'x', signature, publicKey));
}

void tst_Ed25519::rejectsWrongSizes() {
    QVERIFY(Ed25519::sign("m", QByteArray(63, 'k')).isEmpty());
    QVERIFY(Ed25519::publicKeyFor(QByteArray(32, 'k')).isEmpty());
    QVERIFY(!Ed25519::verify("m", QByteArray(63, 's'), QByteArray(32, 'p')));
    QVERIFY(!Ed25519::verify("m", QByteArray(64, 's'), QByteArray(31, 'p')));
}

void tst_Ed25519::generatedKeysSignAndVerify() {
    // Several threads initializing at once must be fine.
    std::atomic<int> ready = 0;
    {
        std::array<std::jthread, 8> threads;
        for (auto& thread : threads)
            thread = std::jthread([&ready] { ready += Ed25519::initialize() ? 1 : 0; });
    }
    QCOMPARE(ready.load(), 8);

    const auto pair = Ed25519::generate();
    QVERIFY(pair);
    QCOMPARE(pair->publicKey.size(), Ed25519::kPublicKeyBytes);
    QCOMPARE(pair->secretKey.size(), Ed25519::kSecretKeyBytes);
    const QByteArray signature = Ed25519::sign("terms", pair->secretKey);
    QVERIFY(Ed25519::verify("terms", signature, pair->publicKey));
    QVERIFY(!Ed25519::verify("Terms", signature, pair->publicKey));
    QVERIFY(Ed25519::generate()->publicKey != pair->publicKey);
}

void tst_Ed25519::publicKeyForDetectsDamage() {
    const auto pair = Ed25519::generate();
    QCOMPARE(Ed25519::publicKeyFor(pair->secretKey), pair->publicKey);
    QByteArray damaged = pair->secretKey;
    damaged[40] = char(damaged[40] ^ 1);
    QVERIFY(Ed25519::publicKeyFor(damaged).isEmpty());
}

void tst_Ed25519::keyIdIsBlake2bPrefix() {
    const QByteArray publicKey(32, '\x42');
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Blake2b_256).left(8).toHex());
    QCOMPARE(Ed25519::keyId(publicKey), expected);
    QVERIFY(Ed25519::isKeyId(expected));
    QVERIFY(!Ed25519::isKeyId(expected.toUpper()));
    QVERIFY(!Ed25519::isKeyId(expected.left(15)));
}

QTEST_GUILESS_MAIN(tst_Ed25519)
#include "tst_ed25519.moc"
