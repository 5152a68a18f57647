#pragma once

#include "alert/AlertRule.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lk {

// Where alerts go and which rules raise them, as the alerts file and the
// API describe it. Secrets are never part of it: only the files they are
// read from, so that settings can be shown, logged and sent to a viewer.
struct AlertSettings {
    Q_DECLARE_TR_FUNCTIONS(AlertSettings)

public:
    struct Webhook {
        QString url;        // empty: no webhook
        QString secretFile; // HMAC-SHA256 key for the signature header; empty: unsigned
        int attempts = 5;
        int retryBaseMs = 2000; // doubled after each failed attempt
        int timeoutMs = 10000;
        friend bool operator==(const Webhook&, const Webhook&) = default;
    };
    struct Mail {
        QString host; // empty: no mail
        int port = 587;
        QString security = QStringLiteral("starttls"); // starttls, tls or none
        QString user;
        QString passwordFile;
        QString from;
        QStringList to;
        QString caFile; // empty: the system's authorities
        friend bool operator==(const Mail&, const Mail&) = default;
    };

    int evaluateIntervalS = 30;
    Webhook webhook;
    Mail mail;
    QList<AlertRule> rules = AlertRule::allDefaults(); // one per kind, in kind order

    const AlertRule& rule(AlertKind kind) const { return rules.at(int(kind)); }
    AlertRule& rule(AlertKind kind) { return rules[int(kind)]; }
    bool hasWebhook() const { return !webhook.url.isEmpty(); }
    bool hasMail() const { return !mail.host.isEmpty(); }
    // A webhook URL for logs and viewers: scheme, host and port only, since
    // many services put their token in the path or the query.
    static QString redactedUrl(const QString& url);
    // Replaces the rule of the same kind.
    void setRule(const AlertRule& rule) { rules[int(rule.kind)] = rule; }

    // Every value in range and every channel a rule names configured; the
    // message says what to change.
    Status validate() const;

    friend bool operator==(const AlertSettings&, const AlertSettings&) = default;
};

} // namespace lk
