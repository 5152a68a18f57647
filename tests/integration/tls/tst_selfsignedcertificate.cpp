// SelfSignedCertificate: what OpenSSL makes is a certificate Qt and openssl
// accept, with the names asked for, and the key is written privately.
#include "tls/CertificateFingerprint.h"
#include "tls/SelfSignedCertificate.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestSelfSignedCertificate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray openssl(const QStringList& arguments, int* exitCode = nullptr) {
        QProcess process;
        process.start(u"openssl"_s, arguments);
        process.waitForFinished(10000);
        if (exitCode)
            *exitCode = process.exitCode();
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

    SelfSignedCertificate::Pem make(const SelfSignedCertificate::Request& request) {
        const auto pem = SelfSignedCertificate::generate(request);
        if (!pem)
            qWarning() << pem.error().message;
        return pem ? pem.value() : SelfSignedCertificate::Pem{};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void certificateHasTheNamesAskedFor() {
        const auto pem =
            make({u"lm1.example.com"_s, {u"DNS:lm1.example.com"_s, u"IP:127.0.0.1"_s, u"dns:LM"_s}, 30});
        const QSslCertificate cert(pem.certificate, QSsl::Pem);
        QVERIFY(!cert.isNull());
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{u"lm1.example.com"_s});
        QCOMPARE(cert.issuerInfo(QSslCertificate::CommonName), QStringList{u"lm1.example.com"_s});
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.version(), QByteArray("3"));
        const auto names = cert.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry), (QList<QString>{u"lm"_s, u"lm1.example.com"_s}));
        QCOMPARE(names.values(QSsl::IpAddressEntry), QList<QString>{u"127.0.0.1"_s});
        QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(cert.expiryDate());
        QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days)));
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(cert.publicKey().length(), 256);
    }

    void defaultNameIsTheCommonName() {
        const QSslCertificate cert(make({u"lm2"_s, {}, 1}).certificate, QSsl::Pem);
        QCOMPARE(cert.subjectAlternativeNames().values(QSsl::DnsEntry), QList<QString>{u"lm2"_s});
    }

    void serialsAreRandom() {
        const QSslCertificate a(make({u"a"_s, {}, 1}).certificate, QSsl::Pem);
        const QSslCertificate b(make({u"a"_s, {}, 1}).certificate, QSsl::Pem);
        QVERIFY(a.serialNumber() != b.serialNumber());
        QVERIFY(a.serialNumber().size() >= 16 * 3 - 1); // "4a:..." 16 bytes
    }

    void opensslAcceptsItAsItsOwnCaAndTheKeyMatches() {
        const auto pem = make({u"lm1"_s, {u"DNS:lm1"_s}, 10});
        const QString cert = m_dir.filePath(u"verify-cert.pem"_s);
        const QString key = m_dir.filePath(u"verify-key.pem"_s);
        QVERIFY(SelfSignedCertificate::write(pem, cert, key, false).ok());
        int code = -1;
        const QByteArray verified = openssl({u"verify"_s, u"-CAfile"_s, cert, cert}, &code);
        QVERIFY2(code == 0 && verified.contains(": OK"), verified.constData());
        const QByteArray text = openssl({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-text"_s});
        QVERIFY(text.contains("CA:TRUE"));
        QVERIFY(text.contains("Digital Signature, Certificate Sign"));
        QVERIFY(text.contains("TLS Web Server Authentication"));
        QVERIFY(text.contains("prime256v1"));
        const QByteArray certKey = openssl({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-pubkey"_s});
        const QByteArray privateKeyPublic = openssl({u"pkey"_s, u"-in"_s, key, u"-pubout"_s});
        QVERIFY(certKey.contains("BEGIN PUBLIC KEY"));
        QCOMPARE(certKey, privateKeyPublic);
        QVERIFY(!QSslKey(pem.privateKey, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey).isNull());
        const QByteArray fingerprint =
            openssl({u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
        const QString expected =
            CertificateFingerprint::formatSha256(QSslCertificate(pem.certificate, QSsl::Pem));
        QVERIFY2(fingerprint.contains(expected.toLatin1()), fingerprint.constData());
    }

    void keyFileIsPrivateAndNeverOverwritten() {
        const QString cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        const auto first = make({u"lm1"_s, {}, 1});
        QVERIFY(SelfSignedCertificate::write(first, cert, key, false).ok());
        QCOMPARE(QFile::permissions(key),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const auto second = make({u"lm1"_s, {}, 1});
        const auto refused = SelfSignedCertificate::write(second, m_dir.filePath(u"other.pem"_s), key, false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"exists"_s);
        QVERIFY(refused.error().message.contains(u"--force"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"other.pem"_s)));
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.readAll(), first.privateKey);
        keyFile.close();

        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(SelfSignedCertificate::write(second, cert, key, true).ok());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.readAll(), second.privateKey);
        QCOMPARE(QFile::permissions(key),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void refusesBadRequests_data() {
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("days");
        QTest::newRow("empty cn") << u" "_s << QStringList{} << 1;
        QTest::newRow("no days") << u"a"_s << QStringList{} << 0;
        QTest::newRow("too many days") << u"a"_s << QStringList{} << 4000;
        QTest::newRow("no kind") << u"a"_s << QStringList{u"host"_s} << 1;
        QTest::newRow("bad ip") << u"a"_s << QStringList{u"IP:10.0.0.300"_s} << 1;
        QTest::newRow("injection") << u"a"_s << QStringList{u"DNS:a,email:x@y"_s} << 1;
        QTest::newRow("email") << u"a"_s << QStringList{u"email:x@y"_s} << 1;
        QTest::newRow("default name not a host name") << u"my server"_s << QStringList{} << 1;
    }
    void refusesBadRequests() {
        QFETCH(QString, cn);
        QFETCH(QStringList, names);
        QFETCH(int, days);
        const auto pem = SelfSignedCertificate::generate({cn, names, days});
        QVERIFY(!pem.ok());
        QCOMPARE(pem.error().code, u"usage"_s);
    }
};

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"
