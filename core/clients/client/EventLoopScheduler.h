#pragma once

#include "client/Scheduler.h"

#include <QObject>
#include <QTimer>

#include <map>

namespace lk {

// A Scheduler on the Qt event loop with one QTimer for all tasks: a timer
// per simulated component would not scale to ten thousand of them.
class EventLoopScheduler final : public QObject, public Scheduler {
    Q_OBJECT

public:
    explicit EventLoopScheduler(QObject* parent = nullptr);

    const MonotonicClock& clock() const override { return m_clock; }
    Id schedule(qint64 delayMs, std::function<void()> task) override;
    void cancel(Id id) override;

private:
    void runDue();
    void rearm();

    SteadyClock m_clock;
    QTimer m_timer;
    // Keyed by (due time, id): runs in due order, ties in scheduling order.
    std::map<std::pair<qint64, Id>, std::function<void()>> m_tasks;
    std::map<Id, qint64> m_dueById;
    Id m_nextId = 1;
};

} // namespace lk
