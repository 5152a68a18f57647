// SmtpClient against a real SMTP server (aiosmtpd, tests/support/smtp_sink.py)
// and, for what no real server does on purpose (silence, hanging up, text
// that is not SMTP, bytes after STARTTLS), against a scripted one here.
#include "FreePort.h"
#include "SmtpSink.h"
#include "TestCertificates.h"
#include "alert/SmtpClient.h"
#include "tls/CertificateFingerprint.h"
#include "tls/SelfSignedCertificate.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

const QString kUser = u"alerts"_s;
const QByteArray kPassword = "pw-Kx81-never-shown";

// Every line logged while a test runs, to show that no password reaches a log.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void collectLog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    g_logLines << message;
    g_previousHandler(type, context, message);
}

// A TCP server that answers each line it receives as `answer` says; the
// greeting is the answer to "<connect>". An empty answer says nothing;
// "<close>" hangs up.
class ScriptedServer {
public:
    explicit ScriptedServer(std::function<QByteArray(const QByteArray&)> answer)
        : m_answer(std::move(answer)) {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            reply(socket, "<connect>");
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine().trimmed();
                    m_received << line;
                    reply(socket, line);
                }
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> received() const { return m_received; }

private:
    void reply(QTcpSocket* socket, const QByteArray& line) {
        const QByteArray answer = m_answer(line);
        if (answer == "<close>")
            socket->disconnectFromHost();
        else if (!answer.isEmpty())
            socket->write(answer);
    }

    QTcpServer m_server;
    std::function<QByteArray(const QByteArray&)> m_answer;
    QList<QByteArray> m_received;
};

struct Outcome {
    bool finished = false;
    Status result;
    QString detail;
    bool temporary = false;
    qint64 elapsedMs = 0;

    QString code() const { return result ? QString() : result.error().code; }
    QString message() const { return result ? QString() : result.error().message; }
};

MailMessage sampleMessage(const MailSettings& settings) {
    MailMessage mail;
    mail.from = settings.from;
    mail.to = settings.to;
    mail.subject = u"Lizenz läuft ab"_s;
    mail.body = u"Die Lizenz läuft in 3 Tagen ab.\n.a line that starts with a dot\n..and two\nlast line"_s;
    mail.date = QDateTime::currentDateTimeUtc();
    mail.messageId = MailMessage::makeMessageId(u"test"_s, settings.from);
    return mail;
}

Outcome send(const MailSettings& settings, int boundMs = 15000) {
    SmtpClient client(settings);
    QSignalSpy spy(&client, &SmtpClient::finished);
    QElapsedTimer timer;
    timer.start();
    client.send(sampleMessage(settings));
    Outcome outcome;
    outcome.finished = spy.count() == 1 || spy.wait(boundMs);
    outcome.elapsedMs = timer.elapsed();
    if (!outcome.finished)
        return outcome;
    outcome.result = spy.first().at(0).value<Status>();
    outcome.detail = spy.first().at(1).toString();
    outcome.temporary = client.failureIsTemporary();
    QTest::qWait(50); // a second `finished` would arrive now
    outcome.finished = spy.count() == 1;
    return outcome;
}

// The password in every form it takes on the wire.
QList<QByteArray> secretForms() {
    QByteArray plain;
    plain.append('\0').append(kUser.toUtf8()).append('\0').append(kPassword);
    return {kPassword, kPassword.toBase64(), plain.toBase64()};
}

} // namespace

class TestSmtpClient : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    TlsClientOptions m_trust;
    int m_sinks = 0;

    QString nextOutDir() { return m_dir.filePath(u"sink-%1"_s.arg(++m_sinks)); }

    SmtpSink::Options tlsSink() const {
        SmtpSink::Options options;
        options.certificate = m_certificate.certificate;
        options.key = m_certificate.key;
        options.user = kUser;
        options.password = QString::fromLatin1(kPassword);
        return options;
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

    static void verifyNoSecret(const Outcome& outcome) {
        for (const QByteArray& secret : secretForms()) {
            const QString text = QString::fromLatin1(secret);
            QVERIFY(!outcome.message().contains(text));
            QVERIFY(!outcome.detail.contains(text));
            for (const QString& line : std::as_const(g_logLines))
                QVERIFY2(!line.contains(text), qPrintable(line));
        }
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
        const auto trust = TlsClientOptions::create(m_certificate.certificate, {});
        QVERIFY(trust.ok());
        m_trust = trust.value();
        // The whole conversation is logged at debug level: no password in it.
        QLoggingCategory::setFilterRules(u"leasekeeper.mail.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(collectLog);
    }

    void cleanupTestCase() {
        if (g_previousHandler)
            qInstallMessageHandler(g_previousHandler);
    }

    void init() { g_logLines.clear(); }

    void deliversWithStartTlsAndAuth() {
        SmtpSink sink;
        const quint16 port = sink.start(nextOutDir(), tlsSink());
        QVERIFY(port);
        const MailSettings settings = settingsFor(port);
        const Outcome outcome = send(settings);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.message()));
        QVERIFY2(outcome.detail.startsWith(u"250 2.0.0 Ok: queued as sink-1"_s), qPrintable(outcome.detail));
        QVERIFY(sink.waitForMessages(1));
        const ReceivedMail mail = sink.message(1);
        QCOMPARE(mail.mailFrom, settings.from);
        QCOMPARE(mail.rcptTos, settings.to);
        QCOMPARE(mail.authUser, kUser);
        QCOMPARE(mail.subject, u"Lizenz läuft ab"_s);
        QCOMPARE(mail.body, sampleMessage(settings).body + u"\n"_s);
        QCOMPARE(mail.defects, QStringList());
        QCOMPARE(mail.headers.value(u"auto-submitted"_s).toString(), u"auto-generated"_s);
        QCOMPARE(mail.headers.value(u"to"_s).toString(), u"ops@example.com, oncall@example.com"_s);
        for (const QByteArray& line : mail.raw.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // 78 and the CR
        // QUIT follows `finished`: polled for.
        const QStringList expected{u"EHLO"_s, u"STARTTLS"_s, u"EHLO"_s, u"AUTH"_s, u"MAIL"_s,
                                   u"RCPT"_s, u"RCPT"_s,     u"DATA"_s, u"QUIT"_s};
        QTRY_COMPARE_WITH_TIMEOUT(sink.commands(), expected, 3000);
        QVERIFY(!g_logLines.isEmpty());
        verifyNoSecret(outcome);
    }

    void deliversOverImplicitTls() {
        SmtpSink sink;
        SmtpSink::Options options = tlsSink();
        options.implicitTls = true;
        const quint16 port = sink.start(nextOutDir(), options);
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        settings.security = MailSettings::Security::ImplicitTls;
        const Outcome outcome = send(settings);
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.message()));
        QVERIFY(sink.waitForMessages(1));
        QCOMPARE(sink.message(1).authUser, kUser);
        QVERIFY(!sink.commands().contains(u"STARTTLS"_s));
    }

    void mixedUpTlsModesSayWhatToTry() {
        SmtpSink startTlsSink;
        quint16 port = startTlsSink.start(nextOutDir(), tlsSink());
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        settings.security = MailSettings::Security::ImplicitTls;
        Outcome outcome = send(settings);
        QCOMPARE(outcome.code(), u"tls"_s);
        QVERIFY2(outcome.message().contains(u"set the security to STARTTLS"_s),
                 qPrintable(outcome.message()));

        SmtpSink implicitSink;
        SmtpSink::Options options = tlsSink();
        options.implicitTls = true;
        port = implicitSink.start(nextOutDir(), options);
        QVERIFY(port);
        settings = settingsFor(port);
        settings.timeoutMs = 500;
        outcome = send(settings);
        QCOMPARE(outcome.code(), u"timeout"_s);
        QVERIFY2(outcome.message().contains(u"waiting for its greeting); if the server expects TLS from the "
                                            "first byte (usually on port 465), set the security to TLS"_s),
                 qPrintable(outcome.message()));
    }

    void pinnedCertificateIsAcceptedWithoutCa() {
        SmtpSink sink;
        const quint16 port = sink.start(nextOutDir(), tlsSink());
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        const QSslCertificate certificate = QSslCertificate::fromPath(m_certificate.certificate).value(0);
        const auto pinned = TlsClientOptions::create({}, {CertificateFingerprint::formatSha256(certificate)});
        QVERIFY(pinned.ok());
        settings.trust = pinned.value();
        settings.host = u"127.0.0.1"_s;
        const Outcome outcome = send(settings);
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.message()));
        QVERIFY(sink.waitForMessages(1));
    }

    void wrongPasswordIsRefusedWithTheServersReply() {
        SmtpSink sink;
        const quint16 port = sink.start(nextOutDir(), tlsSink());
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        settings.password = kPassword + "-wrong";
        const Outcome outcome = send(settings);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.code(), u"auth_failed"_s);
        QVERIFY2(
            outcome.message().contains(u"the mail server localhost:%1 refused the user name or password: "
                                       "535 5.7.8 Authentication credentials invalid"_s.arg(port)),
            qPrintable(outcome.message()));
        QVERIFY(!outcome.temporary);
        QVERIFY(!outcome.message().contains(u"-wrong"_s));
        verifyNoSecret(outcome);
        QVERIFY(!sink.commands().contains(u"MAIL"_s));
        QCOMPARE(sink.messageCount(), 0);
    }

    void noStartTlsMeansNothingIsSent() {
        SmtpSink sink;
        SmtpSink::Options options = tlsSink();
        options.noStartTls = true;
        const quint16 port = sink.start(nextOutDir(), options);
        QVERIFY(port);
        const Outcome outcome = send(settingsFor(port));
        QCOMPARE(outcome.code(), u"starttls_unavailable"_s);
        QVERIFY2(outcome.message().contains(u"does not offer STARTTLS"_s), qPrintable(outcome.message()));
        QVERIFY(!outcome.temporary);
        QTRY_VERIFY_WITH_TIMEOUT(sink.commands().contains(u"QUIT"_s), 3000);
        QCOMPARE(sink.commands(), (QStringList{u"EHLO"_s, u"QUIT"_s}));
        QCOMPARE(sink.messageCount(), 0);
    }

    void untrustedCertificateIsNamed() {
        SmtpSink sink;
        const quint16 port = sink.start(nextOutDir(), tlsSink());
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        settings.trust = TlsClientOptions(); // the system's authorities only
        const Outcome outcome = send(settings);
        QCOMPARE(outcome.code(), u"tls"_s);
        QVERIFY2(
            outcome.message().contains(u"the certificate of smtp://localhost:%1 is not trusted"_s.arg(port)),
            qPrintable(outcome.message()));
        QVERIFY2(outcome.message().contains(u"self-signed"_s), qPrintable(outcome.message()));
        QVERIFY(!outcome.temporary);
        const QStringList commands = sink.commands();
        QVERIFY(!commands.contains(u"AUTH"_s));
        QVERIFY(!commands.contains(u"MAIL"_s));
        verifyNoSecret(outcome);
    }

    void certificateForAnotherNameIsRefused() {
        // Not makeTestCertificate: its common name is localhost, which Qt accepts whatever the
        // subject alternative names say.
        const auto pem =
            SelfSignedCertificate::generate({u"mail.example.org"_s, {u"DNS:mail.example.org"_s}, 2});
        QVERIFY(pem.ok());
        const TestCertificate other{m_dir.filePath(u"other.crt"_s), m_dir.filePath(u"other.key"_s)};
        QVERIFY(SelfSignedCertificate::write(pem.value(), other.certificate, other.key, true).ok());
        SmtpSink sink;
        SmtpSink::Options options = tlsSink();
        options.certificate = other.certificate;
        options.key = other.key;
        const quint16 port = sink.start(nextOutDir(), options);
        QVERIFY(port);
        MailSettings settings = settingsFor(port);
        settings.trust = TlsClientOptions::create(other.certificate, {}).value();
        const Outcome outcome = send(settings);
        QCOMPARE(outcome.code(), u"tls"_s);
        QVERIFY2(outcome.message().contains(u"is for 'mail.example.org', not 'localhost'"_s),
                 qPrintable(outcome.message()));
        QVERIFY(!sink.commands().contains(u"AUTH"_s));
    }

    void nothingListeningFailsQuickly() {
        MailSettings settings = settingsFor(freePort());
        settings.host = u"127.0.0.1"_s;
        const Outcome outcome = send(settings);
        QCOMPARE(outcome.code(), u"connect_failed"_s);
        QVERIFY2(outcome.message().contains(u"cannot connect to the mail server 127.0.0.1:"_s),
                 qPrintable(outcome.message()));
        QVERIFY(outcome.temporary);
        QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
    }

    void silentServerTimesOut() {
        ScriptedServer silent([](const QByteArray&) { return QByteArray(); });
        MailSettings settings = settingsFor(silent.port());
        settings.timeoutMs = 300;
        const Outcome outcome = send(settings);
        QCOMPARE(outcome.code(), u"timeout"_s);
        QVERIFY2(outcome.message().contains(u"within 0.3 s (waiting for its greeting)"_s),
                 qPrintable(outcome.message()));
        QVERIFY(outcome.temporary);
        QVERIFY2(outcome.elapsedMs >= 250 && outcome.elapsedMs < 3000,
                 qPrintable(QString::number(outcome.elapsedMs)));
    }

    void oneRecipientRefusedOfTwo() {
        SmtpSink sink;
        SmtpSink::Options options = tlsSink();
        options.rejectRecipients = {u"oncall@example.com"_s};
        const quint16 port = sink.start(nextOutDir(), options);
        QVERIFY(port);
        const Outcome outcome = send(settingsFor(port));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.message()));
        QVERIFY2(outcome.detail.contains(u"not delivered to oncall@example.com (550 5.1.1"_s),
                 qPrintable(outcome.detail));
        QVERIFY(sink.waitForMessages(1));
        QCOMPARE(sink.message(1).rcptTos, QStringList{u"ops@example.com"_s});
    }

    void everyRecipientRefused() {
        SmtpSink sink;
        SmtpSink::Options options = tlsSink();
        options.rejectRecipients = {u"ops@example.com"_s, u"oncall@example.com"_s};
        const quint16 port = sink.start(nextOutDir(), options);
        QVERIFY(port);
        const Outcome outcome = send(settingsFor(port));
        QCOMPARE(outcome.code(), u"recipients_refused"_s);
        QVERIFY2(outcome.message().contains(u"ops@example.com (550"_s) &&
                     outcome.message().contains(u"oncall@example.com (550"_s),
                 qPrintable(outcome.message()));
        QVERIFY(!outcome.temporary);
        QVERIFY(!sink.commands().contains(u"DATA"_s));
    }

    void temporaryRefusalSaysSo() {
        SmtpSink sink;
        SmtpSink::Options options = tlsSink();
        options.failFirst = 1;
        options.failOn = u"mail"_s;
        const quint16 port = sink.start(nextOutDir(), options);
        QVERIFY(port);
        const Outcome outcome = send(settingsFor(port));
        QCOMPARE(outcome.code(), u"sender_refused"_s);
        QVERIFY(outcome.temporary);
        QVERIFY2(outcome.detail.startsWith(u"451 4.3.0"_s), qPrintable(outcome.detail));
    }

    void serverHangingUpIsReportedOnce_data() {
        QTest::addColumn<QByteArray>("hangUpAt");
        QTest::newRow("at the greeting") << QByteArray("<connect>");
        QTest::newRow("after EHLO") << QByteArray("EHLO");
        QTest::newRow("after MAIL") << QByteArray("MAIL");
        QTest::newRow("after DATA") << QByteArray("DATA");
        QTest::newRow("after the message") << QByteArray(".");
    }

    void serverHangingUpIsReportedOnce() {
        QFETCH(QByteArray, hangUpAt);
        // A plain relay, so that the scripted server needs no TLS.
        ScriptedServer server([hangUpAt](const QByteArray& line) -> QByteArray {
            if (line == hangUpAt || (hangUpAt.size() == 4 && line.startsWith(hangUpAt)))
                return "<close>";
            if (line == "<connect>")
                return "220 scripted\r\n";
            if (line.startsWith("EHLO"))
                return "250-scripted\r\n250 8BITMIME\r\n";
            if (line == "DATA")
                return "354 go ahead\r\n";
            if (line.startsWith("MAIL") || line.startsWith("RCPT") || line == ".")
                return "250 OK\r\n";
            return ""; // the message's lines, QUIT
        });
        MailSettings settings = settingsFor(server.port());
        settings.security = MailSettings::Security::None;
        settings.user.clear();
        settings.password.clear();
        const Outcome outcome = send(settings);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.code(), u"disconnected"_s);
        QVERIFY2(outcome.message().contains(u"closed the connection"_s), qPrintable(outcome.message()));
        QVERIFY(outcome.temporary);
    }

    void notSmtpIsAProtocolError() {
        ScriptedServer http([](const QByteArray& line) -> QByteArray {
            return line == "<connect>" ? "HTTP/1.1 400 Bad Request\r\n\r\n" : "";
        });
        MailSettings settings = settingsFor(http.port());
        settings.timeoutMs = 5000;
        const Outcome outcome = send(settings);
        QCOMPARE(outcome.code(), u"protocol"_s);
        QVERIFY2(outcome.message().contains(u"HTTP/1.1 400 Bad Request"_s), qPrintable(outcome.message()));
        QVERIFY(outcome.elapsedMs < 3000);
    }

    void bytesAfterStartTlsAnswerAreRefused() {
        ScriptedServer injector([](const QByteArray& line) -> QByteArray {
            if (line == "<connect>")
                return "220 scripted\r\n";
            if (line.startsWith("EHLO"))
                return "250-scripted\r\n250 STARTTLS\r\n";
            if (line == "STARTTLS")
                return "220 go ahead\r\n250 injected before TLS\r\n";
            return "";
        });
        const Outcome outcome = send(settingsFor(injector.port()));
        QCOMPARE(outcome.code(), u"protocol"_s);
        QVERIFY2(outcome.message().contains(u"injected"_s), qPrintable(outcome.message()));
        QCOMPARE(injector.received().size(), 2); // EHLO, STARTTLS: nothing after
    }

    void invalidSettingsFinishLater() {
        MailSettings settings = settingsFor(25);
        settings.to.clear();
        SmtpClient client(settings);
        QSignalSpy spy(&client, &SmtpClient::finished);
        client.send(sampleMessage(settings));
        QCOMPARE(spy.count(), 0); // not from inside send()
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.first().at(0).value<Status>().error().code, u"mail_settings"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
