#include "alert/SmtpClient.h"

#include "alert/MailEncoding.h"
#include "tls/TlsVerifier.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// The SMTP conversation, commands and replies, at debug level
// (QT_LOGGING_RULES="leasekeeper.mail.debug=true"); credentials are
// replaced by a placeholder before anything is logged.
Q_LOGGING_CATEGORY(lcMail, "leasekeeper.mail", QtInfoMsg)

QUrl serverUrl(const MailSettings& settings) {
    QUrl url;
    url.setScheme(settings.security == MailSettings::Security::ImplicitTls ? u"smtps"_s : u"smtp"_s);
    url.setHost(settings.host);
    url.setPort(settings.port);
    return url;
}

// "<alerts@example.com>", as MAIL FROM and RCPT TO carry an address.
QByteArray path(const QString& address) {
    return '<' + address.toLatin1() + '>';
}

QByteArray ehloName(const QString& heloName) {
    const QByteArray ace = QUrl::toAce(heloName);
    return ace.isEmpty() ? QByteArrayLiteral("localhost") : ace;
}

} // namespace

SmtpClient::SmtpClient(MailSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_url(serverUrl(m_settings)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(1, m_settings.timeoutMs));
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient() = default;

void SmtpClient::send(const MailMessage& message) {
    if (m_step != Step::Idle) {
        qCWarning(lcMail, "SmtpClient::send called twice; the second message is not sent");
        return;
    }
    m_message = message;
    m_step = Step::Connect;
    if (const Status valid = m_settings.validate(); !valid) {
        // Later, as promised: the caller may still be connecting to `finished`.
        const Error error = valid.error();
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error, false, false); }, Qt::QueuedConnection);
        return;
    }
    start();
}

void SmtpClient::start() {
    const bool implicitTls = m_settings.security == MailSettings::Security::ImplicitTls;
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_settings.trust.sslConfiguration());
    m_socket->setPeerVerifyName(m_settings.host);
    connect(m_socket, &QSslSocket::connected, this, [this, implicitTls] {
        m_step = implicitTls ? Step::Handshake : Step::Greeting;
        m_timer.start();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    qCDebug(lcMail).noquote() << "connecting to" << m_url.toString();
    m_timer.start();
    if (implicitTls)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port, m_settings.host);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

void SmtpClient::onEncrypted() {
    const auto verdict = TlsVerifier::judgeEncrypted(m_settings.trust, m_url, m_socket->peerCertificate());
    if (!verdict.accepted) {
        fail(makeError(u"tls"_s, verdict.message), false, false);
        return;
    }
    m_encrypted = true;
    qCDebug(lcMail).noquote() << m_settings.server()
                              << "encrypted:" << m_socket->sessionCipher().protocolString();
    if (m_settings.security == MailSettings::Security::ImplicitTls) {
        m_step = Step::Greeting;
        m_timer.start();
        return;
    }
    sendEhlo(); // RFC 3207 4.2: what was learnt before TLS is forgotten
}

void SmtpClient::onSslErrors(const QList<QSslError>& errors) {
    QSslCertificate peer = m_socket->peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    const auto verdict = TlsVerifier::judgeErrors(m_settings.trust, m_url, errors, peer);
    if (verdict.accepted)
        m_socket->ignoreSslErrors();
    else
        m_tlsRefusal = verdict.message; // Qt ends the handshake: onSocketError follows
}

void SmtpClient::onSocketError() {
    if (m_finished)
        return;
    const QString server = m_settings.server();
    const auto error = m_socket->error();
    if (!m_tlsRefusal.isEmpty()) {
        fail(makeError(u"tls"_s, m_tlsRefusal), false, false);
    } else if (m_step == Step::Connect) {
        fail(makeError(u"connect_failed"_s,
                       tr("cannot connect to the mail server %1: %2").arg(server, m_socket->errorString())),
             true, false);
    } else if (m_step == Step::Handshake || error == QAbstractSocket::SslHandshakeFailedError) {
        fail(makeError(u"tls"_s, tr("the TLS handshake with the mail server %1 failed: %2")
                                         .arg(server, m_socket->errorString()) +
                                     securityHint()),
             false, false);
    } else {
        fail(makeError(u"disconnected"_s, tr("the mail server %1 closed the connection (%2): %3")
                                              .arg(server, stepName(), m_socket->errorString())),
             true, false);
    }
}

void SmtpClient::onTimeout() {
    fail(makeError(u"timeout"_s, tr("no answer from the mail server %1 within %2 s (%3)")
                                         .arg(m_settings.server())
                                         .arg(m_settings.timeoutMs / 1000.0)
                                         .arg(stepName()) +
                                     securityHint()),
         true, false);
}

QString SmtpClient::securityHint() const {
    // The two ways of TLS mixed up wait for each other or fail the handshake.
    const auto security = m_settings.security;
    if (security == MailSettings::Security::ImplicitTls && m_step == Step::Handshake)
        return tr("; if the server expects STARTTLS (usually on port 587), set the security to STARTTLS");
    if (security == MailSettings::Security::StartTls && m_step == Step::Greeting)
        return tr(
            "; if the server expects TLS from the first byte (usually on port 465), set the security to "
            "TLS");
    return {};
}

void SmtpClient::onReadyRead() {
    m_reader.append(m_socket->readAll());
    while (!m_finished) {
        auto next = m_reader.next();
        if (!next) {
            fail(makeError(u"protocol"_s, tr("the mail server %1 does not answer as SMTP servers do: %2")
                                              .arg(m_settings.server(), next.error().message)),
                 false, false);
            return;
        }
        if (!next.value())
            return;
        const SmtpReply reply = *next.value();
        qCDebug(lcMail).noquote() << m_settings.server() << "S:" << reply.quoted();
        onReply(reply);
    }
}

void SmtpClient::onReply(const SmtpReply& reply) {
    switch (m_step) {
    case Step::Greeting:
        if (reply.code == 220)
            sendEhlo();
        else
            refused(
                u"server_refused"_s,
                tr("the mail server %1 refused the connection: %2").arg(m_settings.server(), reply.quoted()),
                reply);
        break;
    case Step::Ehlo:
        onEhlo(reply);
        break;
    case Step::StartTls:
        onStartTls(reply);
        break;
    case Step::AuthPlain:
    case Step::AuthLogin:
    case Step::AuthLoginUser:
    case Step::AuthLoginPassword:
        onAuth(reply);
        break;
    case Step::MailFrom:
        if (reply.code == 250)
            sendRecipient();
        else
            refused(u"sender_refused"_s,
                    tr("the mail server %1 refused the sender %2: %3")
                        .arg(m_settings.server(), m_settings.from, reply.quoted()),
                    reply);
        break;
    case Step::RcptTo:
        onRecipient(reply);
        break;
    case Step::Data:
        if (reply.code != 354) {
            refused(u"data_refused"_s,
                    tr("the mail server %1 did not take the message (DATA): %2")
                        .arg(m_settings.server(), reply.quoted()),
                    reply);
            break;
        }
        m_step = Step::Message;
        m_timer.start();
        m_socket->write(MailEncoding::dotStuffed(m_message.toBytes()));
        qCDebug(lcMail).noquote() << m_settings.server() << "C: <message>";
        break;
    case Step::Message:
        onDataEnd(reply);
        break;
    case Step::Idle:
    case Step::Connect:
    case Step::Handshake:
    case Step::Done:
        break; // nothing asked: a server talking out of turn is not listened to
    }
}

void SmtpClient::sendEhlo() {
    m_reader.clear();
    command(Step::Ehlo, "EHLO " + ehloName(m_settings.heloName));
}

void SmtpClient::onEhlo(const SmtpReply& reply) {
    if (reply.code != 250) {
        refused(u"protocol"_s,
                tr("the mail server %1 did not accept EHLO: %2").arg(m_settings.server(), reply.quoted()),
                reply);
        return;
    }
    m_ehlo = reply;
    if (m_settings.security == MailSettings::Security::StartTls && !m_encrypted) {
        if (!reply.offers(u"STARTTLS"_s)) {
            fail(makeError(u"starttls_unavailable"_s,
                           tr("the mail server %1 does not offer STARTTLS, so nothing was sent (no password, "
                              "no message); turn STARTTLS on there, or use TLS (port 465) if it offers that")
                               .arg(m_settings.server())),
                 false, true);
            return;
        }
        command(Step::StartTls, "STARTTLS");
        return;
    }
    if (m_settings.user.isEmpty())
        sendMailFrom();
    else
        authenticate();
}

void SmtpClient::onStartTls(const SmtpReply& reply) {
    if (reply.code != 220) {
        refused(u"starttls_unavailable"_s,
                tr("the mail server %1 refused STARTTLS, so nothing was sent (no password, no message): %2")
                    .arg(m_settings.server(), reply.quoted()),
                reply);
        return;
    }
    // Bytes after the 220 came before TLS and could have been put there by
    // anyone on the way (CVE-2011-0411): they must not be read as replies.
    if (m_reader.hasUnread()) {
        fail(makeError(u"protocol"_s, tr("the mail server %1 sent more than its answer to STARTTLS, which "
                                         "could have been injected on the way; nothing was sent")
                                          .arg(m_settings.server())),
             false, false);
        return;
    }
    m_step = Step::Handshake;
    m_timer.start();
    m_socket->startClientEncryption();
}

void SmtpClient::authenticate() {
    const QStringList mechanisms = m_ehlo.authMechanisms();
    if (mechanisms.contains(u"PLAIN"_s)) {
        QByteArray credentials;
        credentials.append('\0').append(m_settings.user.toUtf8()).append('\0').append(m_settings.password);
        command(Step::AuthPlain, "AUTH PLAIN " + credentials.toBase64(), "AUTH PLAIN <credentials>");
    } else if (mechanisms.contains(u"LOGIN"_s)) {
        command(Step::AuthLogin, "AUTH LOGIN");
    } else if (mechanisms.isEmpty()) {
        fail(makeError(u"auth_unavailable"_s,
                       tr("the mail server %1 does not offer AUTH, but a user name is set; remove the user "
                          "name if it takes mail without one, or check that this is its submission port")
                           .arg(m_settings.server())),
             false, true);
    } else {
        fail(
            makeError(u"auth_unavailable"_s, tr("the mail server %1 offers AUTH %2 only; LeaseKeeper logs in "
                                                "with PLAIN or LOGIN")
                                                 .arg(m_settings.server(), mechanisms.join(u' '))),
            false, true);
    }
}

void SmtpClient::onAuth(const SmtpReply& reply) {
    if (m_step == Step::AuthLogin && reply.code == 334) {
        command(Step::AuthLoginUser, m_settings.user.toUtf8().toBase64(), "<user name>");
    } else if (m_step == Step::AuthLoginUser && reply.code == 334) {
        command(Step::AuthLoginPassword, m_settings.password.toBase64(), "<password>");
    } else if ((m_step == Step::AuthPlain || m_step == Step::AuthLoginPassword) && reply.code == 235) {
        sendMailFrom();
    } else {
        authRefused(reply);
    }
}

void SmtpClient::authRefused(const SmtpReply& reply) {
    if (reply.code == 535) {
        refused(u"auth_failed"_s,
                tr("the mail server %1 refused the user name or password: %2")
                    .arg(m_settings.server(), reply.quoted()),
                reply);
        return;
    }
    refused(u"auth_failed"_s,
            tr("the mail server %1 did not log in user '%2': %3")
                .arg(m_settings.server(), m_settings.user, reply.quoted()),
            reply);
}

void SmtpClient::sendMailFrom() {
    command(Step::MailFrom, "MAIL FROM:" + path(m_settings.from));
}

void SmtpClient::sendRecipient() {
    command(Step::RcptTo, "RCPT TO:" + path(m_settings.to.at(m_nextRecipient)));
}

void SmtpClient::onRecipient(const SmtpReply& reply) {
    const QString recipient = m_settings.to.at(m_nextRecipient++);
    if (reply.code == 250 || reply.code == 251)
        m_accepted.append(recipient);
    else
        m_refused.append({recipient, reply});
    if (m_nextRecipient < m_settings.to.size()) {
        sendRecipient();
        return;
    }
    if (!m_accepted.isEmpty()) {
        command(Step::Data, "DATA");
        return;
    }
    const bool mayPass = std::any_of(m_refused.cbegin(), m_refused.cend(),
                                     [](const auto& refusal) { return refusal.second.temporary(); });
    fail(makeError(u"recipients_refused"_s, tr("the mail server %1 refused every recipient: %2")
                                                .arg(m_settings.server(), refusedRecipients())),
         mayPass, true, reply.quoted());
}

void SmtpClient::onDataEnd(const SmtpReply& reply) {
    if (reply.code != 250) {
        refused(u"data_refused"_s,
                tr("the mail server %1 refused the message: %2").arg(m_settings.server(), reply.quoted()),
                reply);
        return;
    }
    QString detail = reply.quoted();
    if (!m_refused.isEmpty())
        detail = tr("%1; not delivered to %2").arg(detail, refusedRecipients());
    closeConnection(true);
    finish({}, detail);
}

void SmtpClient::command(Step next, const QByteArray& line, const QByteArray& shown) {
    qCDebug(lcMail).noquote() << m_settings.server() << "C:" << (shown.isEmpty() ? line : shown);
    m_step = next;
    m_timer.start();
    m_socket->write(QByteArray(line + "\r\n"));
}

void SmtpClient::refused(const QString& code, const QString& message, const SmtpReply& reply) {
    fail(makeError(code, message), reply.temporary(), true, reply.quoted());
}

void SmtpClient::fail(const Error& error, bool temporary, bool polite, const QString& detail) {
    if (m_finished)
        return;
    m_temporary = temporary;
    closeConnection(polite);
    finish(error, detail);
}

void SmtpClient::closeConnection(bool polite) {
    if (!m_socket)
        return;
    QSslSocket* socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this); // nothing it does from now on is news to anyone
    if (!polite || socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        return;
    }
    // QUIT goes out from the event loop (written from inside the socket's
    // readyRead, it could end up behind the TLS close_notify), and the
    // connection is closed once the server answered it (RFC 5321 3.8). The
    // socket lives on its own until then, at most one step's time, whatever
    // becomes of this client meanwhile.
    socket->setParent(nullptr);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, socket, [socket] {
        socket->readAll();
        socket->disconnectFromHost();
    });
    QTimer::singleShot(0, socket, [socket] { socket->write("QUIT\r\n"); });
    QTimer::singleShot(m_timer.interval(), socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void SmtpClient::finish(const Status& result, const QString& detail) {
    if (m_finished)
        return;
    m_finished = true;
    m_step = Step::Done;
    m_timer.stop();
    Q_EMIT finished(result, detail);
}

QString SmtpClient::stepName() const {
    switch (m_step) {
    case Step::Idle:
    case Step::Connect:
        return tr("connecting");
    case Step::Handshake:
        return tr("TLS handshake");
    case Step::Greeting:
        return tr("waiting for its greeting");
    case Step::Ehlo:
        return u"EHLO"_s;
    case Step::StartTls:
        return u"STARTTLS"_s;
    case Step::AuthPlain:
    case Step::AuthLogin:
    case Step::AuthLoginUser:
    case Step::AuthLoginPassword:
        return u"AUTH"_s;
    case Step::MailFrom:
        return u"MAIL FROM"_s;
    case Step::RcptTo:
        return u"RCPT TO"_s;
    case Step::Data:
        return u"DATA"_s;
    case Step::Message:
    case Step::Done:
        break;
    }
    return tr("end of the message");
}

QString SmtpClient::refusedRecipients() const {
    QStringList refusals;
    for (const auto& [recipient, reply] : m_refused)
        refusals.append(u"%1 (%2)"_s.arg(recipient, reply.quoted()));
    return refusals.join(u", "_s);
}

} // namespace lk
