#include "alert/WebhookChannel.h"

#include "log/LogCategories.h"
#include "wire/AlertsAnswer.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr int kMaxRetryDelayMs = 5 * 60 * 1000;

bool worthRetrying(QNetworkReply::NetworkError error, int status) {
    if (status == 408 || status == 429 || status >= 500)
        return true;
    // No HTTP answer at all: the receiver is down, unreachable or too slow.
    return status == 0 && error != QNetworkReply::NoError;
}

} // namespace

WebhookChannel::WebhookChannel(AlertSettings::Webhook settings, QByteArray secret, const Clock& clock,
                               QObject* parent)
    : AlertChannel(parent)
    , m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_clock(clock) {
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QString WebhookChannel::name() const {
    return QString::fromLatin1(alertchannels::kWebhook);
}

QByteArray WebhookChannel::signature(const QByteArray& secret, const QByteArray& body) {
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

void WebhookChannel::deliver(const AlertMessage& message) {
    const QJsonObject json = wire::AlertsAnswer::alertToJson(RaisedAlert{0, message, {}});
    post(Attempt{message, QJsonDocument(json).toJson(QJsonDocument::Compact), 1});
}

void WebhookChannel::post(Attempt attempt) {
    QNetworkRequest request{QUrl(m_settings.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"LeaseKeeper"_s);
    request.setRawHeader(kAlertIdHeader, attempt.message.id.toUtf8());
    if (!m_secret.isEmpty())
        request.setRawHeader(kSignatureHeader, signature(m_secret, attempt.body));
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply* reply = m_network.post(request, attempt.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt = std::move(attempt)]() mutable {
        finishAttempt(std::move(attempt), reply);
    });
}

void WebhookChannel::finishAttempt(Attempt attempt, QNetworkReply* reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool delivered = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    const QString detail =
        status != 0 ? tr("HTTP %1").arg(status) : tr("no answer: %1").arg(reply->errorString());
    if (!delivered && worthRetrying(reply->error(), status) && attempt.number < m_settings.attempts) {
        const int delayMs =
            int(qMin<qint64>(qint64(m_settings.retryBaseMs) << (attempt.number - 1), kMaxRetryDelayMs));
        qCInfo(lcAlert).noquote() << tr("webhook %1: attempt %2 for alert %3 failed (%4); next in %5 ms")
                                         .arg(target())
                                         .arg(attempt.number)
                                         .arg(attempt.message.id, detail)
                                         .arg(delayMs);
        ++attempt.number;
        QTimer::singleShot(delayMs, this,
                           [this, attempt = std::move(attempt)]() mutable { post(std::move(attempt)); });
        return;
    }
    AlertDelivery delivery;
    delivery.alertId = attempt.message.id;
    delivery.rule = attempt.message.rule;
    delivery.channel = name();
    delivery.target = target();
    delivery.delivered = delivered;
    delivery.attempts = attempt.number;
    delivery.detail = detail;
    delivery.atMs = m_clock.nowMs();
    Q_EMIT finished(delivery);
}

} // namespace lk
