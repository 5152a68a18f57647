#include "alert/MailChannel.h"

#include "alert/AlertMail.h"
#include "alert/SmtpClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {

MailChannel::MailChannel(MailSettings settings, const Clock& clock, QObject* parent)
    : AlertChannel(parent)
    , m_settings(std::move(settings))
    , m_clock(clock) {}

QString MailChannel::name() const {
    return u"mail"_s;
}

QString MailChannel::target() const {
    return m_settings.to.join(u", "_s);
}

void MailChannel::deliver(const AlertMessage& message) {
    auto delivery = std::make_shared<Delivery>();
    delivery->alert = message;
    delivery->mail = AlertMail::compose(message, m_settings, m_clock.nowMs());
    attempt(delivery);
}

void MailChannel::attempt(const std::shared_ptr<Delivery>& delivery) {
    ++delivery->attempts;
    auto* client = new SmtpClient(m_settings, this);
    connect(client, &SmtpClient::finished, this,
            [this, client, delivery](const Status& result, const QString& detail) {
                client->deleteLater();
                attemptEnded(delivery, result, detail, client->failureIsTemporary());
            });
    client->send(delivery->mail);
}

void MailChannel::attemptEnded(const std::shared_ptr<Delivery>& delivery, const Status& result,
                               const QString& detail, bool temporary) {
    if (result) {
        report(*delivery, true, detail);
        return;
    }
    if (temporary && delivery->attempts < m_maxAttempts) {
        // The timer belongs to the channel: deleting the channel drops the retry.
        QTimer::singleShot(retryDelayMs(delivery->attempts), this, [this, delivery] { attempt(delivery); });
        return;
    }
    const QString why = result.error().message;
    report(*delivery, false,
           delivery->attempts > 1 ? tr("after %1 attempts: %2").arg(delivery->attempts).arg(why) : why);
}

void MailChannel::report(const Delivery& delivery, bool delivered, const QString& detail) {
    AlertDelivery outcome;
    outcome.alertId = delivery.alert.id;
    outcome.rule = delivery.alert.rule;
    outcome.channel = name();
    outcome.target = target();
    outcome.delivered = delivered;
    outcome.attempts = delivery.attempts;
    outcome.detail = detail;
    outcome.atMs = m_clock.nowMs();
    Q_EMIT finished(outcome);
}

int MailChannel::retryDelayMs(int attemptsMade) const {
    qint64 delay = m_retryBaseMs;
    for (int i = 1; i < attemptsMade && delay < kMaxRetryDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, kMaxRetryDelayMs));
}

} // namespace lk
