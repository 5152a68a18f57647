// MailChannel against a real SMTP server (tests/support/smtp_sink.py): an
// alert arrives as a readable mail, failures that may pass are retried with
// a growing pause, the others are reported at once, each alert exactly once.
#include "ManualClock.h"
#include "SmtpSink.h"
#include "TestCertificates.h"
#include "alert/MailChannel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

const QString kUser = u"alerts"_s;
const QByteArray kPassword = "pw-7Hq2-mail";

AlertMessage sampleAlert(const QString& id = u"alert-1"_s) {
    AlertMessage alert;
    alert.id = id;
    alert.rule = u"near_limit"_s;
    alert.severity = u"warning"_s;
    alert.subject = u"vdp"_s;
    alert.summary = u"Lizenz läuft ab: vdp at 95% of its cores"_s;
    alert.detail = u"38 of 40 cores are leased.\n.Free some, or extend the license."_s;
    alert.node = u"lm1"_s;
    alert.atMs = 1'800'000'000'000;
    return alert;
}

} // namespace

class TestMailChannel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    TlsClientOptions m_trust;
    ManualClock m_clock;
    int m_sinks = 0;

    quint16 startSink(SmtpSink& sink, SmtpSink::Options options = {}) {
        options.certificate = m_certificate.certificate;
        options.key = m_certificate.key;
        options.user = kUser;
        options.password = QString::fromLatin1(kPassword);
        return sink.start(m_dir.filePath(u"sink-%1"_s.arg(++m_sinks)), options);
    }

    MailSettings settingsFor(quint16 port) const {
        MailSettings settings;
        settings.host = u"localhost"_s;
        settings.port = port;
        settings.user = kUser;
        settings.password = kPassword;
        settings.from = u"leasekeeper@example.com"_s;
        settings.to = {u"ops@example.com"_s, u"oncall@example.com"_s};
        settings.trust = m_trust;
        settings.timeoutMs = 10000;
        return settings;
    }

    // The one delivery a channel reports for one alert, and that no second follows.
    static AlertDelivery onlyDelivery(QSignalSpy& spy, int boundMs = 15000) {
        if (spy.isEmpty() && !spy.wait(boundMs))
            return {};
        QTest::qWait(50);
        if (spy.count() != 1)
            return {};
        return spy.first().at(0).value<AlertDelivery>();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!SmtpSink::available())
            QFAIL("needs /usr/bin/python3 with aiosmtpd (Debian: python3-aiosmtpd; scripts/install-deps.sh "
                  "installs it)");
        if (!haveOpenssl())
            QFAIL("needs the openssl command");
        QVERIFY(m_dir.isValid());
        m_certificate = makeTestCertificate(QDir(m_dir.path()), u"smtp"_s);
        QVERIFY(!m_certificate.certificate.isEmpty());
        m_trust = TlsClientOptions::create(m_certificate.certificate, {}).value();
    }

    void nameAndTargetHoldNoSecret() {
        const MailChannel channel(settingsFor(587), m_clock);
        QCOMPARE(channel.name(), u"mail"_s);
        QCOMPARE(channel.target(), u"ops@example.com, oncall@example.com"_s);
    }

    void deliversAReadableMail() {
        SmtpSink sink;
        const quint16 port = startSink(sink);
        QVERIFY(port);
        MailChannel channel(settingsFor(port), m_clock);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        channel.deliver(sampleAlert());
        const AlertDelivery delivery = onlyDelivery(spy);
        QVERIFY2(delivery.delivered, qPrintable(delivery.detail));
        QCOMPARE(delivery.alertId, u"alert-1"_s);
        QCOMPARE(delivery.rule, u"near_limit"_s);
        QCOMPARE(delivery.channel, u"mail"_s);
        QCOMPARE(delivery.target, u"ops@example.com, oncall@example.com"_s);
        QCOMPARE(delivery.attempts, 1);
        QCOMPARE(delivery.atMs, m_clock.nowMs());
        QVERIFY2(delivery.detail.startsWith(u"250 "_s), qPrintable(delivery.detail));

        QVERIFY(sink.waitForMessages(1));
        const ReceivedMail mail = sink.message(1);
        QCOMPARE(mail.subject, u"[LeaseKeeper] Lizenz läuft ab: vdp at 95% of its cores"_s);
        QCOMPARE(mail.rcptTos, (QStringList{u"ops@example.com"_s, u"oncall@example.com"_s}));
        QVERIFY2(mail.body.startsWith(sampleAlert().detail + u"\n\n"_s), qPrintable(mail.body));
        for (const QString& line : {u"Rule: near_limit"_s, u"Node: lm1"_s, u"Subject: vdp"_s,
                                    u"Time: 2027-01-15T08:00:00Z"_s, u"Alert ID: alert-1"_s})
            QVERIFY2(mail.body.contains(line + u"\n"_s), qPrintable(mail.body));
        QVERIFY(mail.headers.value(u"message-id"_s).toString().startsWith(u"<alert-1."_s));
        QCOMPARE(mail.defects, QStringList());
    }

    void testAlertIsMarked() {
        SmtpSink sink;
        const quint16 port = startSink(sink);
        QVERIFY(port);
        MailChannel channel(settingsFor(port), m_clock);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        AlertMessage alert = sampleAlert();
        alert.test = true;
        alert.summary = u"Test alert"_s;
        channel.deliver(alert);
        QVERIFY(onlyDelivery(spy).delivered);
        QVERIFY(sink.waitForMessages(1));
        QCOMPARE(sink.message(1).subject, u"[test] [LeaseKeeper] Test alert"_s);
    }

    void temporaryFailuresAreRetriedWithBackoff() {
        SmtpSink sink;
        SmtpSink::Options options;
        options.failFirst = 2; // 451 to the first two DATA commands
        const quint16 port = startSink(sink, options);
        QVERIFY(port);
        MailChannel channel(settingsFor(port), m_clock);
        channel.setRetryBaseMs(100);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        QElapsedTimer timer;
        timer.start();
        channel.deliver(sampleAlert());
        const AlertDelivery delivery = onlyDelivery(spy);
        QVERIFY2(delivery.delivered, qPrintable(delivery.detail));
        QCOMPARE(delivery.attempts, 3);
        QVERIFY2(timer.elapsed() >= 100 + 200, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(sink.waitForMessages(1));
        QCOMPARE(sink.messageCount(), 1);
        QCOMPARE(sink.commands().count(u"DATA"_s), 3);
    }

    void givesUpAfterMaxAttempts() {
        SmtpSink sink;
        SmtpSink::Options options;
        options.failFirst = 10;
        options.failOn = u"mail"_s;
        const quint16 port = startSink(sink, options);
        QVERIFY(port);
        MailChannel channel(settingsFor(port), m_clock);
        channel.setRetryBaseMs(20);
        channel.setMaxAttempts(3);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        channel.deliver(sampleAlert());
        const AlertDelivery delivery = onlyDelivery(spy);
        QVERIFY(!delivery.delivered);
        QCOMPARE(delivery.attempts, 3);
        QVERIFY2(delivery.detail.startsWith(u"after 3 attempts: "_s), qPrintable(delivery.detail));
        QVERIFY2(delivery.detail.contains(u"451 4.3.0"_s), qPrintable(delivery.detail));
        QCOMPARE(sink.commands().count(u"MAIL"_s), 3);
    }

    void permanentFailureIsNotRetried() {
        SmtpSink sink;
        const quint16 port = startSink(sink);
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        settings.password = "wrong";
        MailChannel channel(settings, m_clock);
        channel.setRetryBaseMs(10);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        channel.deliver(sampleAlert());
        const AlertDelivery delivery = onlyDelivery(spy);
        QVERIFY(!delivery.delivered);
        QCOMPARE(delivery.attempts, 1);
        QVERIFY2(delivery.detail.contains(u"refused the user name or password: 535"_s),
                 qPrintable(delivery.detail));
        QVERIFY(!delivery.detail.contains(u"wrong"_s));
        QTest::qWait(100); // a retry would have started by now
        QCOMPARE(sink.commands().count(u"AUTH"_s), 1);
    }

    void severalAlertsInFlight() {
        SmtpSink sink;
        const quint16 port = startSink(sink);
        QVERIFY(port);
        MailChannel channel(settingsFor(port), m_clock);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        for (int i = 1; i <= 3; ++i)
            channel.deliver(sampleAlert(u"alert-%1"_s.arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 15000);
        QStringList ids;
        for (const QList<QVariant>& arguments : std::as_const(spy)) {
            const auto delivery = arguments.at(0).value<AlertDelivery>();
            QVERIFY2(delivery.delivered, qPrintable(delivery.detail));
            ids << delivery.alertId;
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{u"alert-1"_s, u"alert-2"_s, u"alert-3"_s}));
        QVERIFY(sink.waitForMessages(3));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 3);
    }

    void invalidSettingsAreReportedOnce() {
        MailSettings settings = settingsFor(587);
        settings.to.clear();
        MailChannel channel(settings, m_clock);
        QSignalSpy spy(&channel, &AlertChannel::finished);
        channel.deliver(sampleAlert());
        const AlertDelivery delivery = onlyDelivery(spy, 2000);
        QVERIFY(!delivery.delivered);
        QCOMPARE(delivery.attempts, 1);
        QVERIFY2(delivery.detail.contains(u"no recipients"_s), qPrintable(delivery.detail));
    }
};

QTEST_GUILESS_MAIN(TestMailChannel)
#include "tst_mailchannel.moc"
