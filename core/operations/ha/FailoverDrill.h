#pragma once

#include "util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace lk {

// What a failover drill measured through the load balancer.
struct DrillReport {
    qint64 movedAfterMs = -1;    // maintenance on until the secondary answered
    qint64 returnedAfterMs = -1; // maintenance off until the primary answered again
    int requests = 0;            // requests sent through the load balancer
    int failed = 0;              // of which did not answer 200: what a component would have seen
};

// The optional rehearsal of the HA wizard: puts the primary in maintenance,
// watches which node answers requests through the load balancer
// (by X-License-Manager-Node) until the secondary does, takes the primary out
// of maintenance and watches traffic return. Maintenance is always switched
// off again when a phase times out or is cancelled; only a successful
// startDrain() leaves it on, as asked.
class FailoverDrill final : public QObject {
    Q_OBJECT

public:
    struct Setup {
        QUrl primary;
        QUrl loadBalancer;
        QByteArray primaryToken; // admin token of the primary
        QString primaryNode;     // node names, as in X-License-Manager-Node
        QString secondaryNode;
        int pollMs = 200;
        int phaseTimeoutMs = 30000;
    };

    FailoverDrill(QNetworkAccessManager& network, Setup setup, QObject* parent = nullptr);
    ~FailoverDrill() override;

    // The whole drill: traffic to the secondary and back.
    void start();
    // Its halves, for a node-by-node update: move traffic to the secondary
    // and leave the primary in maintenance; or end the primary's
    // maintenance and watch traffic return.
    void startDrain();
    void startReturn();
    void cancel();
    // After finished(): what was measured, or why the drill stopped.
    const DrillReport& report() const { return m_report; }
    const QString& error() const { return m_error; }

Q_SIGNALS:
    void progress(const QString& message);
    void finished(bool ok);

private:
    enum class Phase { Idle, Draining, Returning, Done };

    void drain(bool thenReturn);
    void setMaintenance(bool enabled);
    void poll();
    void answered(QNetworkReply* reply);
    void fail(const QString& message);
    void finishWith(const QString& error);

    QNetworkAccessManager& m_network;
    Setup m_setup;
    Phase m_phase = Phase::Idle;
    QTimer m_timer;
    QElapsedTimer m_phaseClock;
    DrillReport m_report;
    QString m_error;
    bool m_pollInFlight = false;
    bool m_returnAfterMove = true;
};

} // namespace lk
