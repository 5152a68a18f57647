#pragma once

#include "lease/Lease.h"
#include "models/RowTableModel.h"
#include "util/Clock.h"

#include <QList>
#include <limits>
#include <optional>

namespace lk {

// A table of one node's leases, one row per lease, for the Leases and Grace
// pages. Each subclass picks its columns from the fields below; what a field
// shows, sorts by and explains is written once here, so that both pages show
// a lease alike. Times are read against the node's clock as the console
// estimates it (the console's clock plus the node's offset), and the fields
// that change with it move with tick() without a refetch.
class LeaseRowModel : public RowTableModel<Lease> {
    Q_OBJECT

public:
    enum class Field {
        Type,
        Instance,
        Host,
        Ips,
        Cores,
        Granted,
        LastRenewal,
        RenewedAgo, // "2 h 13 m ago"
        ServedBy,
        State, // active or overdue
        TimeLeft,
        ShutsDownIn, // "shuts down in 4 d 21 h"
        // What the probes of an overdue lease say ("process gone: connection
        // refused (3 in a row, over 2 m)"); empty for an active one. It does
        // not move with time: it changes with the lease (new probes) or when
        // the row turns overdue, and both signal the whole row.
        Evidence,
    };
    enum Role { LeaseIdRole = SortRole + 1 };

    // Moves the countdown to consoleNowMs and repaints it in every row;
    // meant to be called once a second.
    void tick(qint64 consoleNowMs);
    // The same, repainting only `rows` (those a view shows): with 100,000
    // leases, signalling every row each second costs more than the rest of
    // the console. Rows that turn overdue are signalled wherever they are,
    // with the sort role, so that a proxy sorting or filtering by state
    // moves them.
    void tickRows(qint64 consoleNowMs, const QList<int>& rows);

    const Lease* leaseAt(int row) const { return rowAt(row); }
    // What a numeric or time column sorts by (the SortRole's number); unset
    // for text columns. For a proxy that sorts 100,000 rows without going
    // through QVariant.
    std::optional<qint64> numericSortKey(const Lease& lease, int column) const;
    // The node's clock as the console estimates it.
    qint64 nodeNowMs() const { return nodeNowMs(m_consoleNowMs); }
    qint64 timeLeftMs(const Lease& lease) const;
    bool isOverdue(const Lease& lease) const;

protected:
    // The fields that change with time must be adjacent columns, so that
    // one dataChanged rectangle covers them and no other column.
    LeaseRowModel(QList<Field> columns, const Clock& clock, QObject* parent);

    qint64 nodeNowMs(qint64 consoleNowMs) const { return consoleNowMs + m_clockOffsetMs; }
    // The node time from which `lease` counts as overdue.
    qint64 overdueFromMs(const Lease& lease) const;
    qint64 renewAfterS() const { return m_renewAfterS; }
    // Reads the console's clock and takes the node's offset from it
    // (clockOffsetMs: the node's clock minus the console's) and the renewal
    // interval of the last snapshot. Returns whether what the countdown
    // shows may have changed.
    bool setNodeClock(qint64 clockOffsetMs, qint64 renewAfterS);
    void readConsoleClock() { m_consoleNowMs = m_clock.nowMs(); }
    // What follows a move of the clock; by default the countdown repaints.
    virtual void timeMoved() { emitCountdownChanged(); }
    // Repaints the countdown cells of every row. The sort role is not among
    // the roles: what the countdown columns sort by does not move with time.
    void emitCountdownChanged();
    // Overdue flips: a row turning overdue changes what its State column
    // sorts and filters by. signalOverdueFlips() signals the rows whose state
    // flipped since its last look, and only looks (a pass over every row)
    // once the earliest row due to turn overdue has. A subclass tells it of
    // each lease it puts in a row with noteRowChanged().
    void noteRowChanged(const Lease& lease);
    void signalOverdueFlips();

private:
    QString columnTitle(int column) const override;
    QVariant display(const Lease& lease, int column) const override;
    QVariant sortValue(const Lease& lease, int column) const override;
    QVariant toolTip(const Lease& lease, int column) const override;
    bool isNumeric(int column) const override;
    QVariant otherData(const Lease& lease, int column, int role) const override;

    QList<Field> m_columns;
    const Clock& m_clock;
    qint64 m_consoleNowMs = 0;
    qint64 m_clockOffsetMs = 0;
    qint64 m_renewAfterS = 300;
    int m_firstCountdownColumn = -1;
    int m_lastCountdownColumn = -1;
    // Node time of the last look for overdue flips, and the earliest node
    // time at which a row not overdue then turns overdue.
    qint64 m_overdueCheckedAtMs;
    qint64 m_nextOverdueMs = std::numeric_limits<qint64>::max();
};

} // namespace lk
