#include "reclaim/ProbePool.h"

#include "reclaim/TcpProbe.h"

namespace lk {

ProbePool::ProbePool(const Clock& clock, int concurrency, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_concurrency(qMax(1, concurrency))
    , m_timeoutMs(timeoutMs) {}

void ProbePool::submit(const ProbeTarget& target, Done done) {
    m_queue.push_back(Job{target, std::move(done)});
    pump();
}

void ProbePool::pump() {
    while (m_inFlight < m_concurrency && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_peak = qMax(m_peak, m_inFlight);
        auto* probe = new TcpProbe(m_clock, this);
        probe->probe(job.target, m_timeoutMs,
                     [this, probe, done = std::move(job.done)](const ProbeResult& result) {
                         probe->deleteLater();
                         --m_inFlight;
                         done(result);
                         pump();
                     });
    }
}

} // namespace lk
