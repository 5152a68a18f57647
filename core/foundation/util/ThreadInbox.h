#pragma once

#include <QMutex>
#include <QObject>
#include <deque>
#include <functional>

namespace lk {

// Work handed from other threads to the thread of `owner`, run there in the
// order it was handed over. One queued call wakes the owner's thread for
// everything handed over until it runs, not one per item: a batch of 30
// renewals answered by the store thread is one wake-up of the HTTP thread,
// not 30 (each a system call, and an event allocated and dispatched).
class ThreadInbox {
public:
    explicit ThreadInbox(QObject* owner)
        : m_owner(owner) {}

    // Any thread. Dropped, unrun, if the owner is gone before its thread
    // gets to it (as with a queued call to a deleted object).
    void post(std::function<void()> work);

private:
    void runAll();

    QObject* const m_owner;
    QMutex m_mutex;
    std::deque<std::function<void()>> m_pending; // guarded by m_mutex
    bool m_wakeUpPosted = false;                 // guarded by m_mutex
};

} // namespace lk
