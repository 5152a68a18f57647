// TlsErrorText: every refused certificate is explained with the server, the
// problem and the option that fixes it.
#include "tls/CertificateFingerprint.h"
#include "tls/SelfSignedCertificate.h"
#include "tls/TlsClientOptions.h"
#include "tls/TlsErrorText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestTlsErrorText : public QObject {
    Q_OBJECT

    QSslCertificate m_cert;
    const QUrl m_url{u"https://lm1.example.com:10091/api/v1/status?x=1"_s};

private Q_SLOTS:
    void initTestCase() {
        const auto pem =
            SelfSignedCertificate::generate({u"other-name"_s, {u"DNS:other-name"_s, u"IP:10.0.0.5"_s}, 1});
        QVERIFY(pem.ok());
        m_cert = QSslCertificate(pem->certificate, QSsl::Pem);
    }

    void originIsSchemeHostAndPort() {
        QCOMPARE(TlsErrorText::origin(m_url), u"https://lm1.example.com:10091"_s);
        QCOMPARE(TlsErrorText::origin(QUrl(u"https://user:pw@lm/x"_s)), u"https://lm:443"_s);
    }

    void selfSignedTellsHowToTrustOrPin() {
        const QString text = TlsErrorText::refused({{QSslError::SelfSignedCertificate, m_cert}}, m_url,
                                                   m_cert, TlsClientOptions{});
        QCOMPARE(text,
                 u"the certificate of https://lm1.example.com:10091 is not trusted (self-signed); pass --ca "
                 "FILE with the certificate that signed it, or pin it with --pin-sha256 "_s +
                     CertificateFingerprint::formatSha256(m_cert));
    }

    void untrustedByTheGivenCaFileNamesIt() {
        TlsClientOptions options;
        options.caFile = u"/etc/lk/ca.pem"_s;
        const QString text = TlsErrorText::refused({{QSslError::UnableToGetLocalIssuerCertificate, m_cert}},
                                                   m_url, m_cert, options);
        QVERIFY2(
            text.startsWith(u"the certificate of https://lm1.example.com:10091 is not trusted by the CA file "
                            "/etc/lk/ca.pem (signed by 'other-name', an authority not trusted here)"_s),
            qPrintable(text));
    }

    void hostNameMismatchNamesBothNames() {
        const QString text =
            TlsErrorText::refused({{QSslError::HostNameMismatch, m_cert}}, m_url, m_cert, TlsClientOptions{});
        QVERIFY2(
            text.startsWith(u"the certificate presented by lm1.example.com is for 'other-name', '10.0.0.5', "
                            "not 'lm1.example.com'"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"--san DNS:lm1.example.com"_s));
        const QString byAddress =
            TlsErrorText::refused({{QSslError::HostNameMismatch, m_cert}}, QUrl(u"https://10.0.0.9:10091"_s),
                                  m_cert, TlsClientOptions{});
        QVERIFY2(byAddress.contains(u"not '10.0.0.9'"_s), qPrintable(byAddress));
        QVERIFY2(byAddress.contains(u"--san IP:10.0.0.9"_s), qPrintable(byAddress));
    }

    void severalProblemsEachOnceMostTellingFirst() {
        const QString text = TlsErrorText::refused({{QSslError::HostNameMismatch, m_cert},
                                                    {QSslError::SelfSignedCertificate, m_cert},
                                                    {QSslError::CertificateExpired, m_cert},
                                                    {QSslError::HostNameMismatch, m_cert}},
                                                   m_url, m_cert, TlsClientOptions{});
        const QStringList sentences = text.split(u"; "_s);
        QVERIFY2(sentences.size() >= 3, qPrintable(text));
        QVERIFY(sentences[0].contains(u"expired on"_s));
        QVERIFY(sentences[1].contains(u"is not trusted (self-signed)"_s));
        QCOMPARE(text.count(u"the certificate presented by"_s), 1);
    }

    void notYetValidPointsAtTheClock() {
        const QString text = TlsErrorText::refused({{QSslError::CertificateNotYetValid, m_cert}}, m_url,
                                                   m_cert, TlsClientOptions{});
        QVERIFY(text.contains(u"is not valid before"_s));
        QVERIFY(text.contains(u"clock"_s));
    }

    void otherErrorsUseQtsWords() {
        const QSslError revoked(QSslError::CertificateRevoked, m_cert);
        const QString text = TlsErrorText::refused({revoked}, m_url, m_cert, TlsClientOptions{});
        QCOMPARE(text,
                 u"the certificate of https://lm1.example.com:10091 was refused: "_s + revoked.errorString());
        QCOMPARE(TlsErrorText::refused({}, m_url, m_cert, TlsClientOptions{}),
                 u"the TLS handshake with https://lm1.example.com:10091 failed"_s);
    }

    void pinMismatchShowsBothFingerprints() {
        TlsClientOptions options;
        options.pinsSha256 = {QByteArray(32, '\x01')};
        const QString text = TlsErrorText::pinMismatch(m_url, m_cert, options);
        QCOMPARE(text,
                 u"the certificate of https://lm1.example.com:10091 has the SHA-256 fingerprint %1, not the "
                 "pinned %2; if the server's certificate was replaced on purpose, pin the new one"_s.arg(
                     CertificateFingerprint::formatSha256(m_cert), u"01:"_s.repeated(31) + u"01"_s));
    }

    void namesFallBackToTheCommonName() {
        QCOMPARE(TlsErrorText::names(m_cert), (QStringList{u"other-name"_s, u"10.0.0.5"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTlsErrorText)
#include "tst_tlserrortext.moc"
