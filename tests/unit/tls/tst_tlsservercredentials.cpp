// TlsServerCredentials: what --tls-cert and --tls-key accept, and the clear
// refusals for everything else.
#include "TestCertificates.h"
#include "tls/TlsServerCredentials.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestTlsServerCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificate m_one;
    TestCertificate m_two;

    QString write(const QString& name, const QByteArray& content) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!haveOpenssl())
            QSKIP("needs the openssl command");
        QVERIFY(m_dir.isValid());
        m_one = makeTestCertificate(QDir(m_dir.path()), u"one"_s);
        m_two = makeTestCertificate(QDir(m_dir.path()), u"two"_s);
        QVERIFY(!m_one.certificate.isEmpty() && !m_two.certificate.isEmpty());
    }

    void matchingPairLoads() {
        auto loaded = TlsServerCredentials::load(m_one.certificate, m_one.key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(loaded->warnings().isEmpty());
        QCOMPARE(loaded->subject(), u"localhost"_s);
        QVERIFY(loaded->expires() > QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(!loaded->configuration().privateKey().isNull());
        QCOMPARE(loaded->configuration().localCertificateChain().size(), 1);
    }

    void badFilesAreRefusedClearly_data() {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing certificate") << u"/nonexistent/server.crt"_s << QString() << u"cannot read"_s;
        QTest::newRow("missing key") << QString() << u"/nonexistent/server.key"_s << u"cannot read"_s;
        QTest::newRow("certificate not PEM") << u"garbage"_s << QString() << u"not a PEM certificate"_s;
        QTest::newRow("key not PEM") << QString() << u"garbage"_s << u"not an unencrypted PEM private key"_s;
        QTest::newRow("key of another certificate") << QString() << u"two"_s << u"does not belong"_s;
    }

    void badFilesAreRefusedClearly() {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        const QString garbage = write(u"garbage.pem"_s, "this is not PEM\n");
        auto resolve = [&](const QString& given, const QString& fallback) {
            if (given.isEmpty())
                return fallback;
            if (given == u"garbage"_s)
                return garbage;
            if (given == u"two"_s)
                return m_two.key;
            return given;
        };
        auto loaded =
            TlsServerCredentials::load(resolve(certificate, m_one.certificate), resolve(key, m_one.key));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, u"tls"_s);
        QVERIFY2(loaded.error().message.contains(mentions), qPrintable(loaded.error().message));
    }

    void expiredCertificateIsAWarning() {
        auto loaded = TlsServerCredentials::load(m_one.certificate, m_one.key,
                                                 QDateTime::currentDateTimeUtc().addDays(3));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->warnings().size(), 1);
        QVERIFY(loaded->warnings().first().contains(u"expired"_s));
    }
};

QTEST_GUILESS_MAIN(TestTlsServerCredentials)
#include "tst_tlsservercredentials.moc"
