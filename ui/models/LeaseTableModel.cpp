#include "models/LeaseTableModel.h"

#include <QSet>
#include <algorithm>

namespace lk {

LeaseTableModel::LeaseTableModel(const Clock& clock, QObject* parent)
    : LeaseRowModel({Field::Type, Field::Instance, Field::Host, Field::Ips, Field::Cores, Field::Granted,
                     Field::LastRenewal, Field::ServedBy, Field::State, Field::TimeLeft, Field::Evidence},
                    clock, parent) {
    Q_ASSERT(columnCount() == ColumnCount); // the fields above are in the order of Column
}

int LeaseTableModel::rowOfLease(const QString& id) const {
    const qsizetype physical = m_rowById.value(id, -1);
    if (physical < 0)
        return -1;
    return int(physical < m_gapStart ? physical : physical - m_gapSize);
}

void LeaseTableModel::setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs) {
    setNodeClock(clockOffsetMs, snapshot.renewAfterS);
    if (m_rows.isEmpty() && fill(snapshot.leases)) {
        signalOverdueFlips();
        return;
    }
    // The first occurrence of an id wins should a node ever report one twice.
    IdIndex incoming;
    incoming.reserve(snapshot.leases.size());
    for (qsizetype i = 0; i < snapshot.leases.size(); ++i) {
        if (!incoming.contains(snapshot.leases.at(i).id))
            incoming.insert(snapshot.leases.at(i).id, i);
    }
    removeWhere([&](const Lease& lease) { return !incoming.contains(lease.id); });
    updateChanged(snapshot.leases, incoming);
    appendNew(snapshot.leases, incoming);
    signalOverdueFlips();
}

void LeaseTableModel::applyChanges(const LeaseSnapshot& snapshot, const LeaseChanges& changes,
                                   qint64 clockOffsetMs) {
    if (changes.full || m_rows.isEmpty())
        return setSnapshot(snapshot, clockOffsetMs);
    setNodeClock(clockOffsetMs, snapshot.renewAfterS);
    if (!changes.ended.isEmpty()) {
        const QSet<QString> ended(changes.ended.cbegin(), changes.ended.cend());
        removeWhere([&](const Lease& lease) { return ended.contains(lease.id); });
    }
    QList<int> changedRows;
    QList<Lease> fresh;
    QSet<QString> seen; // the first occurrence of an id wins, as in setSnapshot()
    for (const Lease& lease : changes.live) {
        if (seen.contains(lease.id))
            continue;
        seen.insert(lease.id);
        const qsizetype physical = m_rowById.value(lease.id, -1);
        if (physical < 0) {
            fresh.append(lease);
        } else if (m_rows.at(physical) != lease) {
            m_rows[physical] = lease;
            noteRowChanged(lease);
            changedRows.append(int(physical));
        }
    }
    emitRowsChanged(std::move(changedRows));
    append(fresh);
    if (rowCount() != snapshot.leases.size())
        return setSnapshot(snapshot, clockOffsetMs); // out of step: a look went missing
    signalOverdueFlips();
}

bool LeaseTableModel::fill(const QList<Lease>& leases) {
    IdIndex rowById;
    rowById.reserve(leases.size());
    for (qsizetype row = 0; row < leases.size(); ++row) {
        if (rowById.contains(leases.at(row).id))
            return false; // a repeated id: leave it to the merge, which keeps the first
        rowById.insert(leases.at(row).id, row);
    }
    beginResetModel();
    m_rows = leases;
    m_rowById = std::move(rowById);
    for (const Lease& lease : std::as_const(m_rows))
        noteRowChanged(lease);
    endResetModel();
    return true;
}

// One pass over the rows: each run of consecutive rows whose lease is gone is
// removed with one beginRemoveRows, and kept rows slide down over the hole
// as they are reached. rowCount(), leaseAt() and rowOfLease() stay right
// throughout, so views may read the model from inside the signals.
template <typename Gone> void LeaseTableModel::removeWhere(Gone gone) {
    const qsizetype total = m_rows.size();
    m_gapStart = 0;
    m_gapSize = 0;
    qsizetype next = 0;
    while (next < total) {
        if (!gone(m_rows.at(next))) {
            keepRow(next++);
            continue;
        }
        qsizetype end = next + 1;
        while (end < total && gone(m_rows.at(end)))
            ++end;
        removeRun(next, end);
        next = end;
    }
    m_rows.resize(m_gapStart);
    m_gapSize = 0;
}

void LeaseTableModel::keepRow(qsizetype physical) {
    if (m_gapSize > 0) {
        m_rows[m_gapStart] = std::move(m_rows[physical]);
        m_rowById[m_rows.at(m_gapStart).id] = m_gapStart;
    }
    ++m_gapStart;
}

// Removes physical rows [first, end), which start right after the hole.
void LeaseTableModel::removeRun(qsizetype first, qsizetype end) {
    const qsizetype count = end - first;
    beginRemoveRows({}, int(m_gapStart), int(m_gapStart + count - 1));
    for (qsizetype physical = first; physical < end; ++physical)
        m_rowById.remove(m_rows.at(physical).id);
    m_gapSize += count;
    endRemoveRows();
}

void LeaseTableModel::updateChanged(const QList<Lease>& incoming, const IdIndex& incomingIndex) {
    QList<int> changedRows;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const Lease& lease = incoming.at(i);
        const qsizetype physical = m_rowById.value(lease.id, -1);
        if (physical < 0 || incomingIndex.value(lease.id) != i || m_rows.at(physical) == lease)
            continue;
        m_rows[physical] = lease;
        noteRowChanged(lease);
        changedRows.append(int(physical));
    }
    emitRowsChanged(std::move(changedRows));
}

void LeaseTableModel::appendNew(const QList<Lease>& incoming, const IdIndex& incomingIndex) {
    QList<Lease> fresh;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!m_rowById.contains(incoming.at(i).id) && incomingIndex.value(incoming.at(i).id) == i)
            fresh.append(incoming.at(i));
    }
    append(fresh);
}

void LeaseTableModel::append(const QList<Lease>& fresh) {
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, int(first + fresh.size() - 1));
    m_rows.reserve(m_rows.size() + fresh.size());
    for (const Lease& lease : fresh) {
        m_rowById.insert(lease.id, m_rows.size());
        m_rows.append(lease);
        noteRowChanged(lease);
    }
    endInsertRows();
}

} // namespace lk
