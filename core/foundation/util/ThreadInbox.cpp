#include "util/ThreadInbox.h"

#include <QMutexLocker>

namespace lk {

void ThreadInbox::post(std::function<void()> work) {
    QMutexLocker lock(&m_mutex);
    m_pending.push_back(std::move(work));
    if (m_wakeUpPosted)
        return; // the owner's thread has yet to run the call posted before
    m_wakeUpPosted = true;
    lock.unlock();
    QMetaObject::invokeMethod(
        m_owner, [this] { runAll(); }, Qt::QueuedConnection);
}

// Anything handed over from here on posts a call of its own, so an item that
// runs a nested event loop (a modal dialog in the console) does not hold up
// what comes after it; items are taken one at a time from the front so that
// they still run in order.
void ThreadInbox::runAll() {
    {
        QMutexLocker lock(&m_mutex);
        m_wakeUpPosted = false;
    }
    for (;;) {
        std::function<void()> item;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.empty())
                return;
            item = std::move(m_pending.front());
            m_pending.pop_front();
        }
        item();
    }
}

} // namespace lk
