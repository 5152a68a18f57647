#pragma once

#include "admin/NodeStatus.h"
#include "models/LeaseRowModel.h"

#include <QHash>
#include <QList>

namespace lk {

// The active leases of one node, one row per lease, for the console's lease
// table. Changes are applied by lease id, never by a reset once rows are
// shown, so that selection, scroll position and persistent indexes survive
// every poll; the countdown columns move with tick() without a refetch.
// Sized for 100,000 leases: applying a look's changes costs a hash look-up
// per changed lease (and one pass over the rows only when leases ended); a
// whole snapshot is merged in linear time.
class LeaseTableModel final : public LeaseRowModel {
    Q_OBJECT

public:
    // State and TimeLeft are adjacent on purpose: tick() refreshes both with
    // one dataChanged rectangle that touches no other column. Evidence comes
    // last, so that a layout saved before it existed restores around it.
    enum Column {
        TypeColumn,
        InstanceColumn,
        HostColumn,
        IpsColumn,
        CoresColumn,
        GrantedColumn,
        LastRenewalColumn,
        ServedByColumn,
        StateColumn,
        TimeLeftColumn,
        EvidenceColumn,
        ColumnCount
    };

    explicit LeaseTableModel(const Clock& clock, QObject* parent = nullptr);

    // Merges the node's leases by id: removes the rows of leases that are
    // gone, updates changed rows in place and appends new leases.
    // clockOffsetMs is the node's clock minus the console's clock.
    void setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs);
    // Applies one look's changes (NodeMonitor::lastChanges()); a full look
    // merges `snapshot` whole. `snapshot` is what the leases are after the
    // changes: should the model disagree with it on the count (a look it
    // missed), it merges the snapshot.
    void applyChanges(const LeaseSnapshot& snapshot, const LeaseChanges& changes, qint64 clockOffsetMs);

    int rowOfLease(const QString& id) const;
    int leaseCount() const { return rowCount(); }

private:
    using IdIndex = QHash<QString, qsizetype>;

    // The first fill: shares the snapshot's list instead of copying 100,000
    // leases. False, and nothing done, when an id repeats.
    bool fill(const QList<Lease>& leases);
    template <typename Gone> void removeWhere(Gone gone);
    void removeRun(qsizetype first, qsizetype end);
    void keepRow(qsizetype physicalRow);
    void updateChanged(const QList<Lease>& incoming, const IdIndex& incomingIndex);
    void appendNew(const QList<Lease>& incoming, const IdIndex& incomingIndex);
    void append(const QList<Lease>& fresh);

    // While removeWhere() runs, the rows of removed leases are a hole (see
    // RowTableModel) that kept rows are compacted across as the scan goes, so
    // the merge stays linear however scattered the removals are.
    IdIndex m_rowById; // lease id -> physical row
};

} // namespace lk
