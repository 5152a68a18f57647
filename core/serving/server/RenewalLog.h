#pragma once

#include "wire/RenewalsAnswer.h"

#include <QList>
#include <QString>
#include <deque>

namespace lk {

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
