#include "models/GraceModel.h"

#include "util/Duration.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace lk {

GraceModel::GraceModel(const Clock& clock, LeaseSource leases, QObject* parent)
    : LeaseRowModel({Field::Instance, Field::Type, Field::Host, Field::Cores, Field::RenewedAgo,
                     Field::ShutsDownIn, Field::Evidence},
                    clock, parent)
    , m_leases(std::move(leases)) {
    Q_ASSERT(columnCount() == ColumnCount); // the fields above are in the order of Column
}

void GraceModel::refresh(qint64 clockOffsetMs) {
    setNodeClock(clockOffsetMs, m_leases().renewAfterS);
    rebuild();
}

void GraceModel::timeMoved() {
    if (nodeNowMs() >= m_nextJoinMs)
        rebuild();
    else
        emitCountdownChanged();
}

void GraceModel::setManagerUnreachableSince(std::optional<qint64> consoleMs) {
    if (consoleMs == m_unreachableSinceMs)
        return;
    m_unreachableSinceMs = consoleMs;
    readConsoleClock();
    rebuild();
}

QList<Lease> GraceModel::members() {
    QList<Lease> inGrace;
    m_nextJoinMs = std::numeric_limits<qint64>::max();
    for (const Lease& lease : m_leases().leases) {
        if (!m_unreachableSinceMs && !isOverdue(lease)) {
            m_nextJoinMs = qMin(m_nextJoinMs, overdueFromMs(lease));
            continue;
        }
        // While the manager is unreachable, members that are not overdue yet
        // turn so later, and their Evidence cell with them.
        noteRowChanged(lease);
        inGrace.append(lease);
    }
    // Ties broken by instance and id so that rows do not swap between polls.
    std::sort(inGrace.begin(), inGrace.end(), [](const Lease& a, const Lease& b) {
        return std::tie(a.graceDeadlineMs, a.holder.instance, a.id) <
               std::tie(b.graceDeadlineMs, b.holder.instance, b.id);
    });
    return inGrace;
}

// Rows joining, leaving or reordering reset the model; otherwise only the
// rows whose lease changed and the countdown are updated.
void GraceModel::rebuild() {
    if (!replaceRows(members(), &Lease::id))
        emitCountdownChanged();
}

int GraceModel::countInGrace(qint64 nodeNow) const {
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [nodeNow](const Lease& lease) { return !lease.isPastDeadline(nodeNow); }));
}

int GraceModel::componentsInGrace() const {
    return countInGrace(nodeNowMs());
}

std::optional<qint64> GraceModel::firstShutdownInMs(qint64 consoleNowMs) const {
    const qint64 nodeNow = nodeNowMs(consoleNowMs);
    std::optional<qint64> first;
    for (const Lease& lease : rows()) {
        if (!lease.isPastDeadline(nodeNow))
            first = qMin(first.value_or(lease.graceDeadlineMs - nodeNow), lease.graceDeadlineMs - nodeNow);
    }
    return first;
}

QString GraceModel::bannerText(qint64 consoleNowMs) const {
    if (!m_unreachableSinceMs)
        return {};
    const QString unreachableFor = Duration::format(qMax<qint64>(0, consoleNowMs - *m_unreachableSinceMs));
    const int count = countInGrace(nodeNowMs(consoleNowMs));
    const std::optional<qint64> first = firstShutdownInMs(consoleNowMs);
    if (count == 0 || !first)
        return tr("License Manager unreachable for %1: no components in grace").arg(unreachableFor);
    if (count == 1)
        return tr("License Manager unreachable for %1: 1 component in grace, shutdown in %2")
            .arg(unreachableFor, Duration::format(*first));
    return tr("License Manager unreachable for %1: %2 components in grace, first shutdown in %3")
        .arg(unreachableFor, QString::number(count), Duration::format(*first));
}

} // namespace lk
