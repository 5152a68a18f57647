#pragma once

#include "alert/AlertChannel.h"
#include "alert/AlertSettings.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>

namespace lk {

// Alerts as JSON POSTs to a URL. A failed attempt (no connection, a
// timeout, HTTP 408, 429 or 5xx) is tried again after a delay that doubles
// each time, up to the configured attempts; any other answer is final. With
// a secret, each body is signed: X-LeaseKeeper-Signature: sha256=<hex of
// HMAC-SHA256(secret, body)>, so the receiver can tell the alert is ours.
class WebhookChannel final : public AlertChannel {
    Q_OBJECT

public:
    static constexpr auto kSignatureHeader = "X-LeaseKeeper-Signature";
    static constexpr auto kAlertIdHeader = "X-LeaseKeeper-Alert-Id";

    WebhookChannel(AlertSettings::Webhook settings, QByteArray secret, const Clock& clock,
                   QObject* parent = nullptr);

    QString name() const override;
    QString target() const override { return AlertSettings::redactedUrl(m_settings.url); }
    void deliver(const AlertMessage& message) override;

    static QByteArray signature(const QByteArray& secret, const QByteArray& body);

private:
    struct Attempt {
        AlertMessage message;
        QByteArray body;
        int number = 0;
    };
    void post(Attempt attempt);
    void finishAttempt(Attempt attempt, QNetworkReply* reply);

    AlertSettings::Webhook m_settings;
    QByteArray m_secret;
    const Clock& m_clock;
    QNetworkAccessManager m_network;
};

} // namespace lk
