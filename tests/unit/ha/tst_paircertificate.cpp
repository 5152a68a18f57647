// HTTPS for an HA pair as the wizard sets it up: one certificate naming the
// virtual host and both nodes, the files each part needs, and what to run.
#include "TestCertificates.h"
#include "ha/PairCertificate.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestPairCertificate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static HaTargets pair() {
        HaTargets targets;
        targets.primary = QUrl(u"http://10.0.0.1:10091"_s);
        targets.secondary = QUrl(u"http://lm2.example.com:10091"_s);
        targets.loadBalancer = QUrl(u"http://lm-vip.example.com:10091"_s);
        return targets;
    }

private Q_SLOTS:
    void theCertificateNamesEveryHostOfThePair() {
        const auto request = PairCertificate::request(pair(), 30);
        QCOMPARE(request.commonName, u"lm-vip.example.com"_s);
        QCOMPARE(request.subjectAltNames,
                 (QStringList{u"DNS:lm-vip.example.com"_s, u"IP:10.0.0.1"_s, u"DNS:lm2.example.com"_s}));
    }

    void aSelfSignedPairGetsEveryFileOnceOnly() {
        const QString folder = m_dir.filePath(u"tls"_s);
        const auto files = PairCertificate::createSelfSigned(pair(), folder, 30, false);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().message));
        const auto certificates = QSslCertificate::fromPath(files->certificate, QSsl::Pem);
        QCOMPARE(certificates.size(), 1);
        const auto names = certificates.first().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(u"lm2.example.com"_s));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"10.0.0.1"_s));
        QCOMPARE(QFile::permissions(files->key) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(files->haproxyPem) & 0x0077, QFileDevice::Permissions());
        QFile pem(files->haproxyPem);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray both = pem.readAll();
        QVERIFY(both.contains("BEGIN CERTIFICATE") && both.contains("PRIVATE KEY"));
        const QString text = PairCertificate::instructions(pair(), *files);
        QVERIFY2(text.contains(u"--tls-cert %1 --tls-key %2"_s.arg(files->certificate, files->key)),
                 qPrintable(text));
        QVERIFY2(
            text.contains(u"lb-config haproxy --primary 10.0.0.1:10091 --secondary lm2.example.com:10091 "
                          "--listen lm-vip.example.com:10091 --tls-cert %1"_s.arg(files->haproxyPem)),
            qPrintable(text));
        QVERIFY(text.contains(u"--pin-sha256 "_s));

        const auto again = PairCertificate::createSelfSigned(pair(), folder, 30, false);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"exists"_s);
        QVERIFY(PairCertificate::createSelfSigned(pair(), folder, 30, true));
    }

    void withoutAVirtualHostThereIsNothingToNameTheCertificateFor() {
        HaTargets targets = pair();
        targets.loadBalancer.clear();
        const auto files = PairCertificate::createSelfSigned(targets, m_dir.filePath(u"none"_s), 30, false);
        QVERIFY(!files);
        QVERIFY(files.error().message.contains(u"load balancer"_s));
    }

    void theOrganisationsFilesAreCheckedBeforeUse() {
        const QDir dir(m_dir.path());
        const TestCertificate mine = makeTestCertificate(dir, u"org"_s);
        const TestCertificate other = makeTestCertificate(dir, u"other"_s);
        QVERIFY2(!mine.certificate.isEmpty(), "openssl could not make a certificate");
        const auto mismatched = PairCertificate::useExisting(mine.certificate, other.key, mine.certificate);
        QVERIFY(!mismatched);
        const auto noCa = PairCertificate::useExisting(mine.certificate, mine.key, mine.key);
        QVERIFY(!noCa);
        QVERIFY2(noCa.error().message.contains(u"no PEM certificate"_s), qPrintable(noCa.error().message));
        const auto used = PairCertificate::useExisting(mine.certificate, mine.key, mine.certificate);
        QVERIFY2(used, qPrintable(used ? QString() : used.error().message));
        QVERIFY(QFile::exists(used->haproxyPem));
    }
};

QTEST_GUILESS_MAIN(TestPairCertificate)
#include "tst_paircertificate.moc"
