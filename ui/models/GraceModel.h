#pragma once

#include "admin/NodeStatus.h"
#include "models/LeaseRowModel.h"

#include <QList>
#include <optional>

namespace lk {

// The components in grace, soonest shutdown first, for the Grace page: the
// overdue ones, or every one while the License Manager is unreachable since
// then none of them can renew. The list is small, so a change of membership
// resets the model; the countdown itself only ever emits dataChanged.
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
        ColumnCount
    };

    explicit GraceModel(const Clock& clock, QObject* parent = nullptr);

    // clockOffsetMs is the node's clock minus the console's clock.
    void setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs);
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
    // Time moving on can make components join or leave, not only the countdown.
    void timeMoved() override { rebuild(); }
    QList<Lease> members() const;
    void rebuild();
    int countInGrace(qint64 nodeNowMs) const;

    QList<Lease> m_snapshot; // every active lease of the last snapshot; the rows are those in grace
    std::optional<qint64> m_unreachableSinceMs;
};

} // namespace lk
