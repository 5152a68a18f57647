// MailSettings: the defaults, and every setting that would make a delivery
// fail is refused up front with a message that names it.
#include "alert/MailSettings.h"

#include <QSysInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestMailSettings : public QObject {
    Q_OBJECT

    static MailSettings valid() {
        MailSettings settings;
        settings.host = u"smtp.example.com"_s;
        settings.user = u"alerts"_s;
        settings.password = "s3cret-pw";
        settings.from = u"leasekeeper@example.com"_s;
        settings.to = {u"ops@example.com"_s, u"oncall@example.com"_s};
        return settings;
    }

    static Error refusal(const MailSettings& settings) {
        const Status status = settings.validate();
        return status ? Error{} : status.error();
    }

private Q_SLOTS:
    void defaults() {
        const MailSettings settings;
        QCOMPARE(settings.port, quint16(587));
        QCOMPARE(settings.security, MailSettings::Security::StartTls);
        QCOMPARE(settings.timeoutMs, 30000);
        QCOMPARE(settings.heloName, QSysInfo::machineHostName());
        QVERIFY(settings.trust.isDefault());
        QVERIFY(!settings.allowPlain);
        QCOMPARE(MailSettings::defaultPort(MailSettings::Security::StartTls), quint16(587));
        QCOMPARE(MailSettings::defaultPort(MailSettings::Security::ImplicitTls), quint16(465));
        QCOMPARE(MailSettings::defaultPort(MailSettings::Security::None), quint16(25));
    }

    void validSettingsPass() {
        QVERIFY(valid().validate().ok());
        MailSettings noAuth = valid();
        noAuth.user.clear();
        noAuth.password.clear();
        QVERIFY(noAuth.validate().ok());
        QCOMPARE(valid().server(), u"smtp.example.com:587"_s);
    }

    void missingHostAndRecipients() {
        MailSettings settings = valid();
        settings.host.clear();
        QCOMPARE(refusal(settings).code, u"mail_settings"_s);
        QVERIFY(refusal(settings).message.contains(u"no mail server"_s));
        settings = valid();
        settings.to.clear();
        QVERIFY(refusal(settings).message.contains(u"no recipients"_s));
        settings = valid();
        settings.host = u"smtp.example.com\r\nRCPT"_s;
        QVERIFY(refusal(settings).message.contains(u"not a host name"_s));
        settings = valid();
        settings.timeoutMs = 0;
        QVERIFY(!settings.validate().ok());
        settings = valid();
        settings.port = 0;
        QVERIFY(!settings.validate().ok());
    }

    void badAddressesAreNamed_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("why");
        QTest::newRow("no at") << u"ops.example.com"_s << u"exactly one '@'"_s;
        QTest::newRow("two ats") << u"ops@x@example.com"_s << u"exactly one '@'"_s;
        QTest::newRow("nothing before") << u"@example.com"_s << u"before and a domain after"_s;
        QTest::newRow("nothing after") << u"ops@"_s << u"before and a domain after"_s;
        QTest::newRow("space") << u"ops team@example.com"_s << u"space"_s;
        QTest::newRow("CRLF") << u"ops@example.com\r\nRCPT TO:<x@evil.test>"_s << u"line break"_s;
        QTest::newRow("LF") << u"ops@example.com\nBcc: x@evil.test"_s << u"line break"_s;
        QTest::newRow("angle brackets") << u"<ops@example.com>"_s << u"'<'"_s;
        QTest::newRow("display name") << u"Ops\"@example.com"_s << u"'\"'"_s;
        QTest::newRow("comma") << u"a@example.com,b@example.com"_s << u"','"_s;
        QTest::newRow("non-ASCII") << u"ops@bücher.example"_s << u"xn--"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
    }

    void badAddressesAreNamed() {
        QFETCH(QString, address);
        QFETCH(QString, why);
        MailSettings settings = valid();
        settings.to = {u"ops@example.com"_s, address};
        Error error = refusal(settings);
        QCOMPARE(error.code, u"mail_address"_s);
        QVERIFY2(error.message.contains(u"recipient address '"_s + address + u"'"_s),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(why), qPrintable(error.message));
        settings = valid();
        settings.from = address;
        error = refusal(settings);
        QCOMPARE(error.code, u"mail_address"_s);
        QVERIFY2(error.message.contains(u"sender address"_s), qPrintable(error.message));
    }

    void plainSmtpOnlyForThisHostOrWhenAllowed() {
        MailSettings settings = valid();
        settings.user.clear();
        settings.password.clear();
        settings.security = MailSettings::Security::None;
        settings.port = 25;
        QVERIFY(refusal(settings).message.contains(u"unencrypted"_s));
        QVERIFY(refusal(settings).message.contains(u"smtp.example.com:25"_s));
        settings.allowPlain = true;
        QVERIFY(settings.validate().ok());
        settings.allowPlain = false;
        for (const QString& local :
             {u"localhost"_s, u"LOCALHOST"_s, u"127.0.0.1"_s, u"127.1.2.3"_s, u"::1"_s, u"[::1]"_s}) {
            settings.host = local;
            QVERIFY2(settings.validate().ok(), qPrintable(local));
        }
    }

    void passwordNeverCrossesTheNetworkInClear() {
        MailSettings settings = valid();
        settings.security = MailSettings::Security::None;
        settings.allowPlain = true;
        const Error error = refusal(settings);
        QVERIFY2(error.message.contains(u"password"_s), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"s3cret-pw"_s));
        settings.host = u"localhost"_s;
        QVERIFY(settings.validate().ok()); // a relay on this host
    }

    void credentialsComeInPairs() {
        MailSettings settings = valid();
        settings.password.clear();
        QVERIFY(refusal(settings).message.contains(u"no password"_s));
        settings = valid();
        settings.user.clear();
        QVERIFY(refusal(settings).message.contains(u"no user name"_s));
        QVERIFY(!refusal(settings).message.contains(u"s3cret-pw"_s));
    }

    void loopbackIsDecidedByNameOnly() {
        QVERIFY(MailSettings::isLoopback(u"localhost"_s));
        QVERIFY(MailSettings::isLoopback(u"mail.localhost"_s));
        QVERIFY(!MailSettings::isLoopback(u"localhost.example.com"_s));
        QVERIFY(!MailSettings::isLoopback(u"10.0.0.1"_s));
        QVERIFY(!MailSettings::isLoopback(u"smtp.example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestMailSettings)
#include "tst_mailsettings.moc"
