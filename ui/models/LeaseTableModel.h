#pragma once

#include "admin/NodeStatus.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lk {

// The active leases of one node, one row per lease, for the console's lease
// table. Snapshots are merged by lease id, never reset, so that selection,
// scroll position and persistent indexes survive every poll; the countdown
// columns move with tick() without a refetch. Sized for 100,000 leases: a
// merge is linear in the number of leases.
class LeaseTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    // State and TimeLeft are adjacent on purpose: tick() refreshes both with
    // one dataChanged rectangle that touches no other column.
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
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers for numeric and time columns, text otherwise
        LeaseIdRole,
    };

    explicit LeaseTableModel(const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges the node's leases by id: removes the rows of leases that are
    // gone, updates changed rows in place and appends new leases.
    // clockOffsetMs is the node's clock minus the console's clock.
    void setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs);
    // Moves the countdown to consoleNowMs; meant to be called once a second.
    void tick(qint64 consoleNowMs);

    const Lease* leaseAt(int row) const;
    int rowOfLease(const QString& id) const;
    int leaseCount() const { return rowCount(); }

    // The node's clock as the console estimates it.
    qint64 nodeNowMs() const { return m_consoleNowMs + m_clockOffsetMs; }
    qint64 timeLeftMs(const Lease& lease) const;
    bool isOverdue(const Lease& lease) const;

private:
    using IdIndex = QHash<QString, qsizetype>;

    void removeMissing(const IdIndex& incoming);
    void removeRun(qsizetype first, qsizetype end);
    void keepRow(qsizetype physicalRow);
    void updateChanged(const QList<Lease>& incoming, const IdIndex& incomingIndex);
    void emitRowsChanged(QList<int> rows);
    void appendNew(const QList<Lease>& incoming, const IdIndex& incomingIndex);
    void emitCountdownChanged();

    qsizetype physicalRow(int row) const { return row < m_gapStart ? row : row + m_gapSize; }
    QString displayText(const Lease& lease, int column) const;
    QVariant sortValue(const Lease& lease, int column) const;
    QVariant toolTip(const Lease& lease, int column) const;
    QVariant overdueHint(const Lease& lease, int column, int role) const;

    const Clock& m_clock;
    // Rows in display order. While removeMissing() runs, physical rows
    // [m_gapStart, m_gapStart + m_gapSize) are a hole left by removed leases
    // and kept rows are compacted across it as the scan goes, so the merge
    // stays linear however scattered the removals are.
    QList<Lease> m_leases;
    IdIndex m_rowById; // lease id -> physical row
    qsizetype m_gapStart = 0;
    qsizetype m_gapSize = 0;

    qint64 m_consoleNowMs = 0;
    qint64 m_clockOffsetMs = 0;
    qint64 m_renewAfterS = 300;
};

} // namespace lk
