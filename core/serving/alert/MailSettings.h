#pragma once

#include "tls/TlsClientOptions.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QSysInfo>

namespace lk {

// How alert mail reaches the organisation's mail server: one SMTP
// submission per message, always encrypted unless the server is a relay on
// this host.
struct MailSettings {
    Q_DECLARE_TR_FUNCTIONS(MailSettings)

public:
    enum class Security {
        StartTls,    // plain connection upgraded with STARTTLS, which is required (port 587)
        ImplicitTls, // TLS from the first byte (port 465)
        None,        // no encryption: only for a relay on localhost, or with allowPlain
    };
    static constexpr quint16 kSubmissionPort = 587;
    static constexpr quint16 kImplicitTlsPort = 465;
    static constexpr quint16 kRelayPort = 25;
    static constexpr int kDefaultTimeoutMs = 30000;

    QString host;
    quint16 port = kSubmissionPort;
    Security security = Security::StartTls;
    bool allowPlain = false; // Security::None with a host other than this one
    QString user;            // empty: no AUTH
    QByteArray password;     // never logged, never part of target() or a message
    QString from;
    QStringList to;
    TlsClientOptions trust;            // default: the system's certificate authorities
    int timeoutMs = kDefaultTimeoutMs; // for each step of the conversation
    QString heloName = QSysInfo::machineHostName();

    // The port a reader of the settings takes when none is given.
    static quint16 defaultPort(Security security);
    // Every problem that would make a delivery fail before it starts, in
    // words an administrator can act on. Codes: "mail_settings" and
    // "mail_address".
    Status validate() const;
    // A plain mailbox, as the envelope and the headers carry it: one "@",
    // something on both sides, ASCII, no spaces, no control characters and
    // none of <>,;:"()[]\ (which would change what a header or command says).
    // The message says what is wrong, not which address it is.
    static Status checkAddress(const QString& address);
    // "localhost" or a loopback address; decided from the name alone, so
    // that the answer cannot depend on a DNS server.
    static bool isLoopback(const QString& host);
    // "host:port", as messages name the server.
    QString server() const;

private:
    Status validateSecurity() const;
};

} // namespace lk
