#include "models/GraceModel.h"

#include "util/Duration.h"

#include <QDateTime>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QString isoDateTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool sameLeases(const QList<Lease>& a, const QList<Lease>& b) {
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Lease& x, const Lease& y) { return x.id == y.id; });
}

} // namespace

GraceModel::GraceModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_consoleNowMs(clock.nowMs()) {}

int GraceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GraceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Lease* GraceModel::leaseAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 GraceModel::timeLeftMs(const Lease& lease) const {
    return qMax<qint64>(0, lease.graceDeadlineMs - nodeNowMs(m_consoleNowMs));
}

QVariant GraceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lease& lease = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(lease, index.column());
    case SortRole:
        return sortValue(lease, index.column());
    case LeaseIdRole:
        return lease.id;
    case Qt::ToolTipRole:
        return toolTip(lease, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == CoresColumn ? QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt())
                                             : QVariant();
    default:
        return {};
    }
}

QString GraceModel::displayText(const Lease& lease, int column) const {
    switch (column) {
    case InstanceColumn:
        return lease.holder.instance;
    case TypeColumn:
        return lease.holder.component;
    case HostColumn:
        return lease.holder.host;
    case CoresColumn:
        return QString::number(lease.holder.cores);
    case LastRenewalColumn:
        return tr("%1 ago").arg(
            Duration::format(qMax<qint64>(0, nodeNowMs(m_consoleNowMs) - lease.lastRenewalMs)));
    case ShutsDownInColumn: {
        const qint64 left = timeLeftMs(lease);
        return left > 0 ? tr("shuts down in %1").arg(Duration::format(left)) : tr("shutting down");
    }
    default:
        return {};
    }
}

QVariant GraceModel::sortValue(const Lease& lease, int column) const {
    switch (column) {
    case CoresColumn:
        return lease.holder.cores;
    case LastRenewalColumn:
        return lease.lastRenewalMs;
    case ShutsDownInColumn:
        return timeLeftMs(lease);
    default:
        return displayText(lease, column);
    }
}

QVariant GraceModel::toolTip(const Lease& lease, int column) const {
    switch (column) {
    case LastRenewalColumn:
        return isoDateTime(lease.lastRenewalMs);
    case ShutsDownInColumn:
        return tr("Grace deadline: %1").arg(isoDateTime(lease.graceDeadlineMs));
    default:
        return {};
    }
}

QVariant GraceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == CoresColumn)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case TypeColumn:
        return tr("Type");
    case HostColumn:
        return tr("Host");
    case CoresColumn:
        return tr("Cores");
    case LastRenewalColumn:
        return tr("Last renewal");
    case ShutsDownInColumn:
        return tr("Shuts down in");
    default:
        return {};
    }
}

void GraceModel::setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs) {
    m_snapshot = snapshot.leases;
    m_consoleNowMs = m_clock.nowMs();
    m_clockOffsetMs = clockOffsetMs;
    m_renewAfterS = snapshot.renewAfterS;
    if (!rebuild())
        emitCountdownChanged();
}

void GraceModel::setManagerUnreachableSince(std::optional<qint64> consoleMs) {
    if (consoleMs == m_unreachableSinceMs)
        return;
    m_unreachableSinceMs = consoleMs;
    m_consoleNowMs = m_clock.nowMs();
    if (!rebuild())
        emitCountdownChanged();
}

void GraceModel::tick(qint64 consoleNowMs) {
    if (consoleNowMs == m_consoleNowMs)
        return;
    m_consoleNowMs = consoleNowMs;
    if (!rebuild())
        emitCountdownChanged();
}

QList<Lease> GraceModel::members() const {
    const qint64 nodeNow = nodeNowMs(m_consoleNowMs);
    QList<Lease> inGrace;
    for (const Lease& lease : m_snapshot) {
        if (m_unreachableSinceMs || lease.isOverdue(nodeNow, m_renewAfterS))
            inGrace.append(lease);
    }
    // Ties broken by instance and id so that rows do not swap between polls.
    std::sort(inGrace.begin(), inGrace.end(), [](const Lease& a, const Lease& b) {
        return std::tie(a.graceDeadlineMs, a.holder.instance, a.id) <
               std::tie(b.graceDeadlineMs, b.holder.instance, b.id);
    });
    return inGrace;
}

// Returns whether the model was reset: rows joining, leaving or reordering.
// Same rows in the same order only update the rows whose lease changed.
bool GraceModel::rebuild() {
    QList<Lease> next = members();
    if (!sameLeases(next, m_rows)) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return true;
    }
    for (qsizetype row = 0; row < next.size(); ++row) {
        if (next.at(row) == m_rows.at(row))
            continue;
        m_rows[row] = next.at(row);
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
    return false;
}

void GraceModel::emitCountdownChanged() {
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, LastRenewalColumn), index(rowCount() - 1, ShutsDownInColumn),
                       {Qt::DisplayRole, SortRole});
}

int GraceModel::countInGrace(qint64 nodeNow) const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [nodeNow](const Lease& lease) { return !lease.isPastDeadline(nodeNow); }));
}

int GraceModel::componentsInGrace() const {
    return countInGrace(nodeNowMs(m_consoleNowMs));
}

std::optional<qint64> GraceModel::firstShutdownInMs(qint64 consoleNowMs) const {
    const qint64 nodeNow = nodeNowMs(consoleNowMs);
    std::optional<qint64> first;
    for (const Lease& lease : m_rows) {
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
