#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lk::test {

// One message the sink took: the envelope, the bytes, and how Python's email
// package decoded them (an independent reader of what the client wrote).
struct ReceivedMail {
    QString mailFrom;
    QStringList rcptTos;
    QString authUser;    // empty without AUTH
    QByteArray raw;      // as received after DATA, dot-stuffing undone
    QString subject;     // decoded
    QString body;        // decoded, line ends as "\n"
    QJsonObject headers; // lower-case name -> decoded value
    QStringList defects; // what Python's parser found wrong with the message
};

// A real SMTP server on 127.0.0.1 (tests/support/smtp_sink.py, aiosmtpd),
// started with /usr/bin/python3 and stopped when destroyed.
class SmtpSink {
public:
    struct Options {
        QString certificate; // with key: STARTTLS offered and required
        QString key;
        bool implicitTls = false; // TLS from the first byte instead
        bool noStartTls = false;  // a certificate, but STARTTLS not offered
        QString user;             // with password: AUTH offered after TLS, required for nothing
        QString password;
        QStringList rejectRecipients;
        int failFirst = 0;                       // 451 to the first N ...
        QString failOn = QStringLiteral("data"); // ... "mail" or "data" commands
    };

    // Whether /usr/bin/python3 can import aiosmtpd (Debian: python3-aiosmtpd).
    static bool available();

    // Starts the sink writing to `outDir`; its port, or 0 when it did not come up.
    quint16 start(const QString& outDir, const Options& options);
    // Polls for `count` messages, at most `boundMs`.
    bool waitForMessages(int count, int boundMs = 5000) const;
    int messageCount() const;
    // The n-th message, from 1.
    ReceivedMail message(int n) const;
    // The verbs of every command the sink received ("EHLO", "AUTH", ...).
    QStringList commands() const;
    // What the sink wrote on stderr so far, for failure messages.
    QByteArray log();

    ~SmtpSink();

private:
    QProcess m_process;
    QString m_outDir;
    QByteArray m_log;
};

} // namespace lk::test
