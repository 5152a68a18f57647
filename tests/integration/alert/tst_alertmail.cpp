// The whole path of issue's promise: a License Manager node whose component
// type nears its limit sends one mail (STARTTLS, AUTH, to two recipients)
// and one webhook, and the "send a test alert" route reports the mail as
// delivered; a password file is read, never shown.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "SmtpSink.h"
#include "TestCertificates.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

const QString kPassword = u"mail-password-for-tests"_s;

QJsonObject fourVdp() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {4, 8, 32}}}));
    return terms;
}

} // namespace

class TestAlertMail : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificate m_certificate;

private Q_SLOTS:
    void initTestCase() {
        if (!SmtpSink::available())
            QFAIL("needs /usr/bin/python3 with aiosmtpd (Debian: python3-aiosmtpd; scripts/install-deps.sh "
                  "installs it)");
        if (!haveOpenssl())
            QFAIL("needs the openssl command");
        m_certificate = makeTestCertificate(QDir(m_dir.path()), u"smtp"_s);
        QVERIFY(!m_certificate.certificate.isEmpty());
    }

    void aTypeNearItsLimitSendsAMailAndAWebhook() {
        SmtpSink sink;
        SmtpSink::Options options;
        options.certificate = m_certificate.certificate;
        options.key = m_certificate.key;
        options.user = u"leasekeeper"_s;
        options.password = kPassword;
        const quint16 smtpPort = sink.start(m_dir.filePath(u"mail"_s), options);
        QVERIFY2(smtpPort, sink.log().constData());
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());

        TestServer server(fourVdp());
        const QString passwordFile = server.dir.filePath(u"smtp.password"_s);
        QVERIFY(writeTestFile(passwordFile, kPassword.toUtf8() + "\n"));
        server.config.alertsPath = server.dir.filePath(u"alerts.ini"_s);
        QVERIFY(writeTestFile(server.config.alertsPath,
                              QStringLiteral("evaluate-interval-s = 3600\n"
                                             "[webhook]\nurl = \"%1\"\n"
                                             "[mail]\nhost = 127.0.0.1\nport = %2\nsecurity = starttls\n"
                                             "user = leasekeeper\npassword-file = \"%3\"\n"
                                             "from = leasekeeper@example.com\n"
                                             "to = ops@example.com licensing@example.com\nca-file = \"%4\"\n"
                                             "[near_limit]\nthreshold = 75\n")
                                  .arg(receiver.url())
                                  .arg(smtpPort)
                                  .arg(passwordFile, m_certificate.certificate)
                                  .toUtf8()));
        QVERIFY2(server.start(), qPrintable(server.lastError.message));
        HttpTestClient client(server.port());
        QVERIFY(client.waitUntilReady());
        for (const QString& host : {u"web-1"_s, u"web-2"_s, u"web-3"_s})
            QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, host + u":1"_s, 2, u"1"_s, host))
                         .status,
                     201);
        QSignalSpy evaluated(&server.server->alerts()->monitor(), &AlertMonitor::evaluated);
        server.server->alerts()->monitor().evaluateNow();
        QVERIFY(evaluated.wait(5000));

        QVERIFY2(sink.waitForMessages(1, 15000), sink.log().constData());
        const ReceivedMail mail = sink.message(1);
        QCOMPARE(mail.subject, u"[LeaseKeeper] vdp uses 75% of its license"_s);
        QCOMPARE(mail.rcptTos, (QStringList{u"ops@example.com"_s, u"licensing@example.com"_s}));
        QCOMPARE(mail.authUser, u"leasekeeper"_s);
        QVERIFY2(mail.body.contains(u"3 of 4 instances"_s), qPrintable(mail.body));
        QVERIFY(sink.commands().contains(u"STARTTLS"_s));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.delivered(), 1, 5000);

        // Evaluated again: the same incident, no second mail.
        server.server->alerts()->monitor().evaluateNow();
        QVERIFY(evaluated.wait(5000));
        QTest::qWait(300); // a second mail, were one sent, would be on its way
        QCOMPARE(sink.messageCount(), 1);

        // The delivery log has both channels, the password nowhere.
        client.setToken(TestServer::kAdminToken.toByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(
            client.get(u"/api/v1/alerts"_s).json.value(u"deliveries"_s).toArray().size(), 2, 5000);
        const HttpResult alerts = client.get(u"/api/v1/alerts"_s);
        QVERIFY(!alerts.body.contains(kPassword.toUtf8()));
        QVERIFY(!client.get(u"/api/v1/alerts/settings"_s).body.contains(kPassword.toUtf8()));

        // The test alert reports the mail server's answer.
        const HttpResult test = client.post(u"/api/v1/alerts/test"_s, QByteArray());
        QCOMPARE(test.status, 200);
        QJsonArray deliveries = test.json.value(u"deliveries"_s).toArray();
        QCOMPARE(deliveries.size(), 2);
        for (const QJsonValue& delivery : deliveries)
            QVERIFY2(delivery.toObject().value(u"delivered"_s).toBool(), test.body.constData());
        QVERIFY(sink.waitForMessages(2, 15000));
        QVERIFY(sink.message(2).subject.startsWith(u"[test] [LeaseKeeper] Test alert from"_s));
    }

    void aCaFileThatCannotBeReadIsRefusedBeforeSaving() {
        TestServer server(fourVdp());
        server.config.alertsPath = server.dir.filePath(u"alerts.ini"_s);
        QVERIFY(server.start());
        HttpTestClient client(server.port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult refused = client.send("PUT", u"/api/v1/alerts/settings"_s,
                                               "{\"mail\":{\"host\":\"smtp.example.com\",\"from\":\"lm@"
                                               "example.com\",\"to\":[\"ops@example.com\"],"
                                               "\"ca_file\":\"/nonexistent/ca.pem\"}}");
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.json.value(u"message"_s).toString().contains(u"/nonexistent/ca.pem"_s),
                 refused.body.constData());
        QVERIFY(!QFile::exists(server.config.alertsPath)); // nothing saved
    }
};

QTEST_GUILESS_MAIN(TestAlertMail)
#include "tst_alertmail.moc"
