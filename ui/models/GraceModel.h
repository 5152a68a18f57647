#pragma once

#include "admin/NodeStatus.h"
#include "models/LeaseRowModel.h"

#include <QList>
#include <functional>
#include <limits>
#include <optional>

namespace lk {

// The components in grace, soonest shutdown first, for the Grace page: the
// overdue ones, or every one while the License Manager is unreachable since
// then none of them can renew. The list is small, so a change of membership
// resets the model; the countdown itself only ever emits dataChanged.
//
// It reads the node's leases from a source (the NodeMonitor's) instead of
// keeping a copy: a copy shared with the monitor would make the monitor copy
// 100,000 leases on its next change. It reads them when told they changed,
// when the manager's reachability changes, and when a lease is due to turn
// overdue; a tick in between only moves the countdown.
class GraceModel final : public LeaseRowModel {
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
        EvidenceColumn,
        ColumnCount
    };

    using LeaseSource = std::function<const LeaseSnapshot&()>;

    GraceModel(const Clock& clock, LeaseSource leases, QObject* parent = nullptr);

    // Reads the source's leases again. clockOffsetMs is the node's clock
    // minus the console's clock.
    void refresh(qint64 clockOffsetMs);
    // Console time since which no License Manager answers; unset once one does.
    void setManagerUnreachableSince(std::optional<qint64> consoleMs);
    std::optional<qint64> managerUnreachableSince() const { return m_unreachableSinceMs; }

    // "License Manager unreachable for 2 h 13 m: 47 components in grace, first
    // shutdown in 4 d 21 h" while unreachable, empty otherwise.
    QString bannerText(qint64 consoleNowMs) const;
    // Rows whose grace deadline has not passed at the last tick or snapshot.
    int componentsInGrace() const;
    // Until the first deadline that has not passed yet, if any.
    std::optional<qint64> firstShutdownInMs(qint64 consoleNowMs) const;

private:
    // Time moving on makes components join once they turn overdue.
    void timeMoved() override;
    QList<Lease> members();
    void rebuild();
    int countInGrace(qint64 nodeNowMs) const;

    LeaseSource m_leases;
    std::optional<qint64> m_unreachableSinceMs;
    // Node time at which the first lease not in grace turns overdue.
    qint64 m_nextJoinMs = std::numeric_limits<qint64>::max();
};

} // namespace lk
