#pragma once

#include "alert/AlertConditions.h"
#include "alert/AlertDispatcher.h"
#include "alert/AlertTracker.h"
#include "server/LeaseEvent.h"
#include "server/LeaseService.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace lk {

// Watches one node for what the alert rules describe: every few seconds the
// conditions (use near the limit, missed renewals, license expiry, database,
// clock, the other node), and each denial and grace expiry as it happens.
// What a rule's quiet period lets through goes to the dispatcher.
class AlertMonitor final : public QObject {
    Q_OBJECT

public:
    // `storeNow`: "now" as lease times count it (the database's clock on a pair).
    AlertMonitor(LeaseService& service, AlertDispatcher& dispatcher, std::function<qint64()> storeNow,
                 QString role, QObject* parent = nullptr);

    void setSettings(const AlertSettings& settings);
    // Evaluates the conditions now; `evaluated` follows.
    void evaluateNow();
    void onLeaseEvent(const LeaseEvent& event);

Q_SIGNALS:
    void evaluated();

private:
    void evaluate(const std::optional<UsageReport>& report);
    void consider(const AlertObservation& observation);
    QString ruleCode(AlertKind kind) const { return AlertRule::code(kind); }

    LeaseService& m_service;
    AlertDispatcher& m_dispatcher;
    std::function<qint64()> m_storeNow;
    QString m_role;
    AlertSettings m_settings;
    AlertTracker m_tracker;
    QSet<QString> m_peersSeenLive;
    QTimer m_timer;
    bool m_evaluating = false;
};

} // namespace lk
