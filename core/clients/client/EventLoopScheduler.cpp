#include "client/EventLoopScheduler.h"

namespace lk {

EventLoopScheduler::EventLoopScheduler(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopScheduler::runDue);
}

Scheduler::Id EventLoopScheduler::schedule(qint64 delayMs, std::function<void()> task) {
    const Id id = m_nextId++;
    const qint64 due = m_clock.elapsedMs() + qMax<qint64>(0, delayMs);
    m_tasks.emplace(std::pair{due, id}, std::move(task));
    m_dueById.emplace(id, due);
    rearm();
    return id;
}

void EventLoopScheduler::cancel(Id id) {
    const auto it = m_dueById.find(id);
    if (it == m_dueById.end())
        return;
    m_tasks.erase({it->second, id});
    m_dueById.erase(it);
    rearm();
}

void EventLoopScheduler::runDue() {
    const qint64 now = m_clock.elapsedMs();
    // Take one task at a time: a task may schedule or cancel others.
    while (!m_tasks.empty() && m_tasks.begin()->first.first <= now) {
        auto node = m_tasks.extract(m_tasks.begin());
        m_dueById.erase(node.key().second);
        node.mapped()();
    }
    rearm();
}

void EventLoopScheduler::rearm() {
    if (m_tasks.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_tasks.begin()->first.first - m_clock.elapsedMs());
    // QTimer takes an int; re-arming every 24 days is harmless.
    m_timer.start(int(qMin<qint64>(wait, 24LL * 86400 * 1000)));
}

} // namespace lk
