#pragma once

#include "alert/MailMessage.h"
#include "alert/MailSettings.h"
#include "alert/SmtpReply.h"
#include "alert/SmtpReplyReader.h"
#include "util/Result.h"

#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QSslSocket;

namespace lk {

// Sends one message over one SMTP connection (RFC 5321, STARTTLS RFC 3207,
// AUTH PLAIN/LOGIN RFC 4954), entirely on the event loop: every step waits
// at most MailSettings::timeoutMs for the server.
//
// With Security::StartTls nothing but EHLO and STARTTLS is sent before the
// server's certificate is judged (TlsVerifier): no password, no address, no
// message. The password is never logged and never part of a message.
//
// Error codes: "mail_settings", "mail_address", "connect_failed", "timeout",
// "disconnected", "tls", "server_refused", "starttls_unavailable",
// "auth_unavailable", "auth_failed", "sender_refused", "recipients_refused",
// "data_refused", "protocol".
class SmtpClient final : public QObject {
    Q_OBJECT

public:
    explicit SmtpClient(MailSettings settings, QObject* parent = nullptr);
    ~SmtpClient() override;

    // Starts sending; `finished` follows exactly once, from the event loop
    // (also when the settings are not valid). Call once per client; delete
    // the client with deleteLater(), not from a slot of `finished`.
    void send(const MailMessage& message);
    // After a failure: whether the same message may go through later (no
    // connection, no answer in time, the server hung up, a 4xx reply), as
    // opposed to what needs an administrator (a certificate, a password).
    bool failureIsTemporary() const { return m_temporary; }

Q_SIGNALS:
    // detail: the server's last reply ("250 2.0.0 Ok: queued as ..."), with
    // the recipients it refused when it took the message for the others.
    void finished(const lk::Status& result, const QString& detail);

private:
    enum class Step {
        Idle,
        Connect,
        Handshake,
        Greeting,
        Ehlo,
        StartTls,
        AuthPlain,
        AuthLogin,
        AuthLoginUser,
        AuthLoginPassword,
        MailFrom,
        RcptTo,
        Data,
        Message,
        Done,
    };

    void start();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError();
    void onReadyRead();
    void onTimeout();
    void onReply(const SmtpReply& reply);
    void onEhlo(const SmtpReply& reply);
    void onStartTls(const SmtpReply& reply);
    void onAuth(const SmtpReply& reply);
    void onRecipient(const SmtpReply& reply);
    void onDataEnd(const SmtpReply& reply);

    void sendEhlo();
    void authenticate();
    void sendMailFrom();
    void sendRecipient();
    // Writes `line` and CRLF; the debug log shows `shown` instead when given.
    void command(Step next, const QByteArray& line, const QByteArray& shown = {});

    void authRefused(const SmtpReply& reply);
    // The server said no: the reply decides whether it may pass.
    void refused(const QString& code, const QString& message, const SmtpReply& reply);
    // `polite`: say QUIT first (the server is in a state to hear it).
    void fail(const Error& error, bool temporary, bool polite, const QString& detail = {});
    void closeConnection(bool polite);
    void finish(const Status& result, const QString& detail);

    QString stepName() const;
    // What to try when the security setting may not be the server's.
    QString securityHint() const;
    QString refusedRecipients() const;

    const MailSettings m_settings;
    const QUrl m_url; // smtp://host:port or smtps://, as the TLS messages name the server
    QSslSocket* m_socket = nullptr;
    QTimer m_timer;
    SmtpReplyReader m_reader;
    MailMessage m_message;
    SmtpReply m_ehlo; // the extensions offered, after TLS when there is TLS
    Step m_step = Step::Idle;
    bool m_encrypted = false;
    QString m_tlsRefusal; // TlsVerifier's reason, when it refused the certificate
    qsizetype m_nextRecipient = 0;
    QStringList m_accepted;
    QList<std::pair<QString, SmtpReply>> m_refused;
    bool m_temporary = false;
    bool m_finished = false;
};

} // namespace lk
