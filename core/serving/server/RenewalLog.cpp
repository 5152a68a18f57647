#include "server/RenewalLog.h"

namespace lk {

void RenewalLog::record(RenewalRecord record) {
    record.sequence = ++m_lastSequence;
    m_records.push_back(std::move(record));
    while (qsizetype(m_records.size()) > m_capacity)
        m_records.pop_front();
}

QList<RenewalRecord> RenewalLog::after(qint64 sequence) const {
    QList<RenewalRecord> out;
    for (const RenewalRecord& record : m_records) {
        if (record.sequence > sequence)
            out.append(record);
    }
    return out;
}

} // namespace lk
