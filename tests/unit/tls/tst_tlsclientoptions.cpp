// TlsClientOptions, CertificateFingerprint and TlsVerifier: pins, CA files,
// the SSL configuration and what a handshake's errors mean.
#include "tls/CertificateFingerprint.h"
#include "tls/SelfSignedCertificate.h"
#include "tls/TlsClientOptions.h"
#include "tls/TlsVerifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestTlsClientOptions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_server;
    QSslCertificate m_other;
    QString m_serverFile;

    static QSslCertificate make(const QString& cn) {
        const auto pem = SelfSignedCertificate::generate({cn, {}, 1});
        return pem ? QSslCertificate(pem->certificate, QSsl::Pem) : QSslCertificate();
    }
    QString write(const QString& name, const QByteArray& data) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_server = make(u"lm1"_s);
        m_other = make(u"lm2"_s);
        QVERIFY(!m_server.isNull() && !m_other.isNull());
        m_serverFile = write(u"server.pem"_s, m_server.toPem());
    }

    void pinsInEverySpelling_data() {
        QTest::addColumn<QString>("text");
        const QByteArray digest = CertificateFingerprint::sha256(m_server);
        const QString hex = QString::fromLatin1(digest.toHex());
        QTest::newRow("colons") << CertificateFingerprint::format(digest);
        QTest::newRow("lower colons") << CertificateFingerprint::format(digest).toLower();
        QTest::newRow("plain hex") << hex;
        QTest::newRow("spaces") << QString::fromLatin1(digest.toHex(' '));
        QTest::newRow("prefixed") << u"sha256:"_s + hex;
        QTest::newRow("openssl prefix") << u" SHA256//"_s + hex + u" "_s;
        QTest::newRow("base64") << QString::fromLatin1(digest.toBase64());
    }
    void pinsInEverySpelling() {
        QFETCH(QString, text);
        const auto pin = CertificateFingerprint::parse(text);
        QVERIFY2(pin.ok(), qPrintable(pin ? QString() : pin.error().message));
        QCOMPARE(pin.value(), CertificateFingerprint::sha256(m_server));
    }

    void badPinsAreRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short hex") << u"AB:CD:EF"_s;
        QTest::newRow("sha1") << u"0123456789abcdef0123456789abcdef01234567"_s;
        QTest::newRow("not hex") << u"zz"_s.repeated(32);
        QTest::newRow("odd colons") << u"A:BC"_s;
        QTest::newRow("base64 of 20 bytes") << QString::fromLatin1(QByteArray(20, 'x').toBase64());
    }
    void badPinsAreRefused() {
        QFETCH(QString, text);
        const auto pin = CertificateFingerprint::parse(text);
        QVERIFY(!pin.ok());
        QCOMPARE(pin.error().code, u"bad_pin"_s);
        QVERIFY2(pin.error().message.contains(u"SHA-256"_s), qPrintable(pin.error().message));
    }

    void fingerprintIsColonHexOfTheDer() {
        const QString text = CertificateFingerprint::formatSha256(m_server);
        QCOMPARE(text.size(), 32 * 3 - 1);
        QCOMPARE(
            text,
            QString::fromLatin1(
                QCryptographicHash::hash(m_server.toDer(), QCryptographicHash::Sha256).toHex(':').toUpper()));
    }

    void caFileProblemsAreNamed() {
        const auto missing = TlsClientOptions::create(m_dir.filePath(u"nope.pem"_s), {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"ca_file"_s);
        QVERIFY(missing.error().message.contains(u"does not exist"_s));
        QVERIFY(missing.error().message.contains(u"nope.pem"_s));

        const auto empty =
            TlsClientOptions::create(write(u"key-only.pem"_s, "-----BEGIN PRIVATE KEY-----\nAA==\n"
                                                              "-----END PRIVATE KEY-----\n"),
                                     {});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, u"ca_file"_s);
        QVERIFY(empty.error().message.contains(u"no PEM certificate"_s));

        const auto badPin = TlsClientOptions::create(m_serverFile, {u"nope"_s});
        QVERIFY(!badPin.ok());
        QCOMPARE(badPin.error().code, u"bad_pin"_s);
    }

    void caFileWithSeveralCertificatesReplacesTheSystemCas() {
        const QString both = write(u"both.pem"_s, m_server.toPem() + "\n" + m_other.toPem());
        const auto options = TlsClientOptions::create(both, {});
        QVERIFY(options.ok());
        QCOMPARE(options->caCertificates.size(), 2);
        QCOMPARE(options->sslConfiguration().caCertificates(), (QList<QSslCertificate>{m_server, m_other}));
        QCOMPARE(options->sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(!options->isDefault());

        const auto system = TlsClientOptions::create({}, {});
        QVERIFY(system->isDefault());
        QCOMPARE(system->sslConfiguration().caCertificates(),
                 QSslConfiguration::defaultConfiguration().caCertificates());
    }

    void errorsAreIgnoredOnlyForThePinnedCertificate() {
        const QUrl url(u"https://lm1.example.com:10091/api/v1/status"_s);
        const QList<QSslError> errors{{QSslError::SelfSignedCertificate, m_server},
                                      {QSslError::HostNameMismatch, m_server}};
        const auto unpinned = TlsClientOptions::create(m_serverFile, {});
        QVERIFY(!TlsVerifier::judgeErrors(unpinned.value(), url, errors, m_server).accepted);

        const auto pinned = TlsClientOptions::create({}, {CertificateFingerprint::formatSha256(m_server)});
        QVERIFY(TlsVerifier::judgeErrors(pinned.value(), url, errors, m_server).accepted);
        const auto refused = TlsVerifier::judgeErrors(pinned.value(), url, errors, m_other);
        QVERIFY(!refused.accepted);
        QVERIFY2(refused.message.contains(u"not the pinned"_s), qPrintable(refused.message));
        QVERIFY(!TlsVerifier::judgeErrors(pinned.value(), url, errors, QSslCertificate()).accepted);
    }

    void aPinnedConnectionRefusesACertificateEvenACaVouchesFor() {
        const QUrl url(u"https://lm1.example.com:10091"_s);
        const auto pinned = TlsClientOptions::create({}, {CertificateFingerprint::formatSha256(m_other),
                                                          CertificateFingerprint::formatSha256(m_server)});
        QVERIFY(TlsVerifier::judgeEncrypted(pinned.value(), url, m_server).accepted);
        QVERIFY(TlsVerifier::judgeEncrypted(pinned.value(), url, m_other).accepted);
        const auto onlyOther = TlsClientOptions::create({}, {CertificateFingerprint::formatSha256(m_other)});
        QVERIFY(!TlsVerifier::judgeEncrypted(onlyOther.value(), url, m_server).accepted);
        QVERIFY(TlsVerifier::judgeEncrypted(TlsClientOptions{}, url, m_server).accepted);
    }
};

QTEST_GUILESS_MAIN(TestTlsClientOptions)
#include "tst_tlsclientoptions.moc"
