#include "drift/ClockProbe.h"

#include "drift/ClockSampler.h"
#include "util/WallClock.h"
#include "tls/TlsNetworkAccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {

ClockProbe::ClockProbe(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

ClockProbe::~ClockProbe() {
    // Nobody is left to hear the answers: stop waiting for them.
    for (QNetworkReply* reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl ClockProbe::timeUrl(const QUrl& baseUrl) {
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"http"_s && baseUrl.scheme() != u"https"_s) ||
        baseUrl.host().isEmpty())
        return {};
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/time"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ClockProbe::measure(const QUrl& baseUrl, int samples,
                         std::function<void(const ClockMeasurement&)> done) {
    auto run = std::make_shared<Run>();
    run->timeUrl = timeUrl(baseUrl);
    run->wanted = qBound(1, samples, kMaxSamples);
    run->result.url = baseUrl;
    run->done = std::move(done);
    if (run->timeUrl.isEmpty()) {
        // Still answer later, never from inside measure(): callers rely on that.
        QTimer::singleShot(0, this, [this, run, baseUrl] {
            finish(run, tr("'%1' is not an http:// or https:// URL").arg(baseUrl.toString()));
        });
        return;
    }
    sendNext(run);
}

void ClockProbe::sendNext(const std::shared_ptr<Run>& run) {
    QNetworkRequest request(run->timeUrl);
    request.setTransferTimeout(kRequestTimeoutMs);
    // One request at a time on one connection: parallel requests would open
    // new connections and put their handshakes into the samples.
    request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
    ++run->sent;
    const qint64 t0Us = WallClock::nowUs();
    QNetworkReply* reply = m_network.get(request);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, run, reply, t0Us] {
        const qint64 t3Us = WallClock::nowUs();
        m_inFlight.remove(reply);
        reply->deleteLater();
        received(run, reply, t0Us, t3Us);
    });
}

void ClockProbe::received(const std::shared_ptr<Run>& run, QNetworkReply* reply, qint64 t0Us, qint64 t3Us) {
    const QString where = run->timeUrl.toString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        return finish(run, tr("cannot reach %1: %2")
                               .arg(where, TlsNetworkAccess::failureText(reply, kRequestTimeoutMs)));
    }
    if (status.toInt() != 200) {
        return finish(run, tr("%1 answered HTTP %2 instead of the time; is it a LeaseKeeper License Manager "
                              "recent enough to offer /api/v1/time?")
                               .arg(where)
                               .arg(status.toInt()));
    }
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonValue receive = json.value(u"receive_time_us"_s);
    const QJsonValue transmit = json.value(u"transmit_time_us"_s);
    if (!receive.isDouble() || !transmit.isDouble()) {
        return finish(run, tr("%1 answered without receive_time_us and transmit_time_us; is it a LeaseKeeper "
                              "License Manager?")
                               .arg(where));
    }
    run->result.node = json.value(u"node"_s).toString();
    const TimeSample sample{t0Us, receive.toInteger(), transmit.toInteger(), t3Us};
    if (sample.isValid())
        run->samples.append(sample);
    if (run->sent < run->wanted)
        return sendNext(run);
    finish(run, tr("%1 answered, but none of its %2 answers gave a usable time (its clock ran backwards "
                   "while answering)")
                    .arg(where)
                    .arg(run->sent));
}

void ClockProbe::finish(const std::shared_ptr<Run>& run, const QString& error) {
    ClockMeasurement& result = run->result;
    result.samples = int(run->samples.size());
    if (const auto best = ClockSampler::best(run->samples)) {
        // Samples taken before a later request failed are still good ones.
        result.ok = true;
        result.offsetUs = best->offsetUs();
        result.delayUs = best->delayUs();
    } else {
        result.ok = false;
        result.error = error;
    }
    if (run->done)
        run->done(result);
}

} // namespace lk
