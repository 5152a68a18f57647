#pragma once

#include "alert/AlertMessage.h"

#include <QObject>
#include <QTimer>

namespace lk {

class NodeClient;

// The console's view of a node's alerts: polls GET /api/v1/alerts for those
// raised since the last poll and hands on the ones meant for the console
// ("tray"). The first answer only sets where to start, so a console that
// starts does not replay the alerts of the last hours; the delivery log is
// kept for the alert settings to show.
class AlertFeed final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5000;

    explicit AlertFeed(NodeClient& client, QObject* parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    void setIntervalMs(int intervalMs) { m_timer.setInterval(intervalMs); }
    // Asks at once (a poll under way is not doubled).
    void pollNow();

    bool hasBaseline() const { return m_hasBaseline; }
    qint64 lastSeq() const { return m_lastSeq; }
    const QList<AlertDelivery>& deliveries() const { return m_deliveries; }
    // Why the last poll failed; empty while the node answers.
    const QString& problem() const { return m_problem; }

Q_SIGNALS:
    // Alerts raised since the last poll whose rule sends them to the console, oldest first.
    void newAlerts(const QList<lk::RaisedAlert>& alerts);
    void deliveriesChanged();
    // Once when polling starts to fail (not at every failed poll), and once
    // when it works again (with an empty message).
    void problemChanged(const QString& message);
    // After each answer or failure, once the above were emitted.
    void polled();

private:
    void take(const QList<RaisedAlert>& alerts, qint64 lastSeq);
    void setProblem(const QString& message);

    NodeClient& m_client;
    QTimer m_timer;
    bool m_polling = false;
    bool m_hasBaseline = false;
    qint64 m_lastSeq = 0;
    QList<AlertDelivery> m_deliveries;
    QString m_problem;
};

} // namespace lk
