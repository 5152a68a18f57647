// The --alerts file: what the console saves reads back the same, defaults
// without a file, and a typo or a bad value is refused naming the file,
// section and key.
#include "alert/AlertSettingsFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

QString writeFile(const QTemporaryDir& dir, const QByteArray& text) {
    const QString path = dir.filePath(u"alerts.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

} // namespace

class TestAlertSettingsFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsTheDefaults() {
        QTemporaryDir dir;
        const auto settings = AlertSettingsFile::parse(dir.filePath(u"none.ini"_s));
        QVERIFY(settings);
        QCOMPARE(settings.value(), AlertSettings());
        QCOMPARE(settings->rules.size(), kAlertKindCount);
    }

    void savedSettingsReadBackTheSame() {
        QTemporaryDir dir;
        AlertSettings settings;
        settings.evaluateIntervalS = 15;
        settings.webhook.url = u"https://hooks.example.com/services/T0/B1?token=a,b;c=d"_s;
        settings.webhook.secretFile = u"C:\\LeaseKeeper\\webhook \"secret\".txt"_s;
        settings.webhook.attempts = 7;
        settings.mail.host = u"smtp.example.com"_s;
        settings.mail.port = 465;
        settings.mail.security = u"tls"_s;
        settings.mail.user = u"alerts"_s;
        settings.mail.passwordFile = u"/etc/leasekeeper/smtp.pass"_s;
        settings.mail.from = u"lm@example.com"_s;
        settings.mail.to = {u"ops@example.com"_s, u"boss@example.com"_s};
        settings.rule(AlertKind::NearLimit).threshold = 75;
        settings.rule(AlertKind::Denial).enabled = false;
        settings.rule(AlertKind::GraceEntered).channels = {u"mail"_s};
        settings.rule(AlertKind::ClockOffset).quietPeriodS = 0;
        AlertSettingsFile file(dir.filePath(u"alerts.ini"_s));
        QVERIFY(file.save(settings));
        const auto read = file.load();
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->webhook, settings.webhook);
        QCOMPARE(read->mail, settings.mail);
        QCOMPARE(read->rules, settings.rules);
        QCOMPARE(read.value(), settings);
    }

    void handWrittenFile() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "[mail]\nhost = mail.example.com\nfrom = lm@example.com\n"
                                            "to = a@example.com, b@example.com c@example.com\n"
                                            "[near_limit]\nthreshold = 80\nchannels = mail tray\n");
        const auto settings = AlertSettingsFile::parse(path);
        QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().message));
        QCOMPARE(settings->mail.to,
                 (QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s}));
        QCOMPARE(settings->rule(AlertKind::NearLimit).threshold, 80);
        QCOMPARE(settings->rule(AlertKind::NearLimit).channels, (QStringList{u"mail"_s, u"tray"_s}));
        QCOMPARE(settings->rule(AlertKind::Denial), AlertRule::defaults(AlertKind::Denial));
    }

    void mistakesNameFileSectionAndKey_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown section")
            << QByteArray("[near-limit]\nthreshold = 80\n") << u"unknown section [near-limit]"_s;
        QTest::newRow("unknown key") << QByteArray("[webhook]\nurl = http://x/\nsecret = abc\n")
                                     << u"[webhook] secret: unknown key"_s;
        QTest::newRow("not a number")
            << QByteArray("[mail]\nport = smtp\n") << u"[mail] port: \"smtp\" is not a whole number"_s;
        QTest::newRow("not a boolean") << QByteArray("[denial]\nenabled = yes\n")
                                       << u"[denial] enabled: \"yes\" is neither true nor false"_s;
        QTest::newRow("threshold out of range") << QByteArray("[near_limit]\nthreshold = 120\n")
                                                << u"near_limit: the threshold must be 1 to 100 %, not 120"_s;
        QTest::newRow("unknown channel")
            << QByteArray("[denial]\nchannels = sms\n") << u"unknown channel \"sms\""_s;
        QTest::newRow("webhook only, none set")
            << QByteArray("[denial]\nchannels = webhook\n") << u"no webhook URL is set"_s;
        QTest::newRow("bad recipient") << QByteArray("[mail]\nhost = m\nfrom = a@b\nto = ops\n")
                                       << u"the mail recipient \"ops\" is not an e-mail address"_s;
        QTest::newRow("bad url") << QByteArray("[webhook]\nurl = ftp://x/\n")
                                 << u"is not an http:// or https:// address"_s;
    }

    void mistakesNameFileSectionAndKey() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, text);
        const auto settings = AlertSettingsFile::parse(path);
        QVERIFY(!settings);
        QCOMPARE(settings.error().code, u"invalid_alert_settings"_s);
        QVERIFY2(settings.error().message.contains(expected), qPrintable(settings.error().message));
        QVERIFY2(settings.error().message.startsWith(path), qPrintable(settings.error().message));
    }

    void redactedUrlHidesPathAndQuery() {
        QCOMPARE(AlertSettings::redactedUrl(u"https://hooks.example.com/services/T0/SECRET"_s),
                 u"https://hooks.example.com/\u2026"_s);
        QCOMPARE(AlertSettings::redactedUrl(u"http://user:pw@10.0.0.5:8080/?key=SECRET"_s),
                 u"http://10.0.0.5:8080/\u2026"_s);
        QCOMPARE(AlertSettings::redactedUrl(u"http://receiver.example.com/"_s),
                 u"http://receiver.example.com/"_s);
    }
};

QTEST_GUILESS_MAIN(TestAlertSettingsFile)
#include "tst_alertsettingsfile.moc"
