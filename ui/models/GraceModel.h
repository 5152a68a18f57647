#pragma once

#include "admin/NodeStatus.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace lk {

// The components in grace, soonest shutdown first, for the Grace page: the
// overdue ones, or every one while the License Manager is unreachable since
// then none of them can renew. The list is small, so a change of membership
// resets the model; the countdown itself only ever emits dataChanged.
class GraceModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    // The two countdown columns are adjacent so that tick() covers them with
    // one dataChanged rectangle.
    enum Column {
        InstanceColumn,
        TypeColumn,
        HostColumn,
        CoresColumn,
        LastRenewalColumn,
        ShutsDownInColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers for numeric and time columns, text otherwise
        LeaseIdRole,
    };

    explicit GraceModel(const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // clockOffsetMs is the node's clock minus the console's clock.
    void setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs);
    // Console time since which no License Manager answers; unset once one does.
    void setManagerUnreachableSince(std::optional<qint64> consoleMs);
    std::optional<qint64> managerUnreachableSince() const { return m_unreachableSinceMs; }
    // Moves the countdown to consoleNowMs; meant to be called once a second.
    void tick(qint64 consoleNowMs);

    // "License Manager unreachable for 2 h 13 m: 47 components in grace, first
    // shutdown in 4 d 21 h" while unreachable, empty otherwise.
    QString bannerText(qint64 consoleNowMs) const;
    // Rows whose grace deadline has not passed at the last tick or snapshot.
    int componentsInGrace() const;
    // Until the first deadline that has not passed yet, if any.
    std::optional<qint64> firstShutdownInMs(qint64 consoleNowMs) const;

    const Lease* leaseAt(int row) const;

private:
    QList<Lease> members() const;
    bool rebuild();
    void emitCountdownChanged();
    int countInGrace(qint64 nodeNowMs) const;

    qint64 nodeNowMs(qint64 consoleNowMs) const { return consoleNowMs + m_clockOffsetMs; }
    qint64 timeLeftMs(const Lease& lease) const;
    QString displayText(const Lease& lease, int column) const;
    QVariant sortValue(const Lease& lease, int column) const;
    QVariant toolTip(const Lease& lease, int column) const;

    const Clock& m_clock;
    QList<Lease> m_snapshot; // every active lease of the last snapshot
    QList<Lease> m_rows;     // those in grace, by grace deadline
    qint64 m_consoleNowMs = 0;
    qint64 m_clockOffsetMs = 0;
    qint64 m_renewAfterS = 300;
    std::optional<qint64> m_unreachableSinceMs;
};

} // namespace lk
