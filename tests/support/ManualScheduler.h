#pragma once

#include "client/Scheduler.h"

#include <map>

namespace lk::test {

class ManualMonotonicClock final : public MonotonicClock {
public:
    qint64 elapsedMs() const override { return m_now; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 0;
};

// A Scheduler whose time moves only in advance(): due tasks run in order,
// each with the clock set to its own due time.
class ManualScheduler final : public Scheduler {
public:
    const MonotonicClock& clock() const override { return m_clock; }
    qint64 now() const { return m_clock.elapsedMs(); }

    Id schedule(qint64 delayMs, std::function<void()> task) override {
        const Id id = m_nextId++;
        m_tasks.emplace(std::pair{m_clock.elapsedMs() + qMax<qint64>(0, delayMs), id}, std::move(task));
        return id;
    }
    void cancel(Id id) override {
        for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
            if (it->first.second == id) {
                m_tasks.erase(it);
                return;
            }
        }
    }

    void advance(qint64 ms) { advanceTo(m_clock.elapsedMs() + ms); }
    void advanceTo(qint64 target) {
        while (!m_tasks.empty() && m_tasks.begin()->first.first <= target) {
            auto node = m_tasks.extract(m_tasks.begin());
            m_clock.set(node.key().first);
            node.mapped()();
        }
        m_clock.set(target);
    }
    // When the next task is due, or -1 when none is.
    qint64 nextDue() const { return m_tasks.empty() ? -1 : m_tasks.begin()->first.first; }

private:
    ManualMonotonicClock m_clock;
    std::map<std::pair<qint64, Id>, std::function<void()>> m_tasks;
    Id m_nextId = 1;
};

} // namespace lk::test
