#pragma once

#include "alert/AlertChannel.h"
#include "alert/MailMessage.h"
#include "alert/MailSettings.h"
#include "util/Clock.h"

#include <memory>

namespace lk {

class SmtpClient;

// Alerts by mail: one SmtpClient connection per message and attempt, any
// number in flight. A failure that may pass (no connection, no answer, a
// 4xx reply) is tried again after retryBaseMs, then twice that, and so on,
// up to maxAttempts in all; one that needs an administrator (a refused
// password or recipient, a certificate, no STARTTLS) is reported at once.
// Every attempt of one alert sends the same Message-ID.
class MailChannel final : public AlertChannel {
    Q_OBJECT

public:
    static constexpr int kDefaultMaxAttempts = 3;
    static constexpr int kDefaultRetryBaseMs = 30000;
    static constexpr int kMaxRetryDelayMs = 60 * 60 * 1000;

    // `clock` dates the mails and the deliveries; it must outlive the channel.
    MailChannel(MailSettings settings, const Clock& clock, QObject* parent = nullptr);

    QString name() const override;
    // The recipients, "a@example.com, b@example.com".
    QString target() const override;
    void deliver(const AlertMessage& message) override;

    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    void setRetryBaseMs(int ms) { m_retryBaseMs = qMax(0, ms); }

private:
    struct Delivery {
        AlertMessage alert;
        MailMessage mail;
        int attempts = 0;
    };

    void attempt(const std::shared_ptr<Delivery>& delivery);
    void attemptEnded(const std::shared_ptr<Delivery>& delivery, const Status& result, const QString& detail,
                      bool temporary);
    void report(const Delivery& delivery, bool delivered, const QString& detail);
    int retryDelayMs(int attemptsMade) const;

    const MailSettings m_settings;
    const Clock& m_clock;
    int m_maxAttempts = kDefaultMaxAttempts;
    int m_retryBaseMs = kDefaultRetryBaseMs;
};

} // namespace lk
