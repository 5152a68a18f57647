#pragma once

#include <QList>
#include <QString>
#include <deque>

namespace lk {

// One grant or renewal this node served, as the HA wizard shows it: which
// component came, and whether a load balancer forwarded it.
struct RenewalRecord {
    enum class Kind { Grant, Renewal };
    Kind kind = Kind::Renewal;
    qint64 sequence = 0; // given by the log: 1, 2, 3... since the node started
    qint64 atMs = 0;     // this node's clock
    QString leaseId;
    QString component;
    QString instance;
    QString host;
    // The X-Forwarded-For header as received: set by a load balancer (the
    // configurations of `lb-config` add it), empty for a direct request. It
    // only informs the administrator; nothing is decided on it.
    QString forwardedFor;
    QString peerAddress;
};

// The last few hundred grants and renewals, in memory only: enough to watch
// components move to the virtual host, bounded whatever the traffic.
class RenewalLog {
public:
    static constexpr qsizetype kDefaultCapacity = 512;

    explicit RenewalLog(qsizetype capacity = kDefaultCapacity)
        : m_capacity(capacity) {}

    void record(RenewalRecord record);
    // The records after sequence number `after`, oldest first. Sequence
    // numbers, not times: two renewals in the same millisecond are both seen.
    QList<RenewalRecord> after(qint64 sequence) const;
    qint64 lastSequence() const { return m_lastSequence; }
    qsizetype size() const { return qsizetype(m_records.size()); }

private:
    qsizetype m_capacity;
    qint64 m_lastSequence = 0;
    std::deque<RenewalRecord> m_records;
};

} // namespace lk
