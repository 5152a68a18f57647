#pragma once

#include "drift/ClockMeasurement.h"
#include "drift/TimeSample.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace lk {

// Measures a node's clock against this host's, NTP-style: sequential
// GET /api/v1/time requests on one keep-alive connection, four timestamps
// each, the least-delayed sample kept. Never reads the HTTP Date header,
// whose one-second resolution is useless for drift. Never blocks: the answer
// arrives through the callback, later, on this object's thread (and not at
// all once the probe is destroyed).
class ClockProbe final : public QObject {
    Q_OBJECT

public:
    static constexpr int kRequestTimeoutMs = 3000;
    static constexpr int kMaxSamples = 100;

    explicit ClockProbe(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~ClockProbe() override;

    // `samples` is clamped to 1..kMaxSamples. Several measurements may run at
    // once (one connection per node).
    void measure(const QUrl& baseUrl, int samples, std::function<void(const ClockMeasurement&)> done);

    // baseUrl + "/api/v1/time", or an empty URL when baseUrl is not http(s).
    static QUrl timeUrl(const QUrl& baseUrl);

private:
    struct Run {
        QUrl timeUrl;
        int wanted = 0;
        int sent = 0;
        QList<TimeSample> samples;
        ClockMeasurement result;
        std::function<void(const ClockMeasurement&)> done;
    };

    void sendNext(const std::shared_ptr<Run>& run);
    void received(const std::shared_ptr<Run>& run, QNetworkReply* reply, qint64 t0Us, qint64 t3Us);
    // Takes the best sample, or reports `error` when there is none.
    void finish(const std::shared_ptr<Run>& run, const QString& error);

    QNetworkAccessManager& m_network;
    QSet<QNetworkReply*> m_inFlight;
};

} // namespace lk
