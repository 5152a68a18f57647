#include "models/LeaseTableModel.h"

#include "util/Duration.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QString localDateTime(qint64 ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QString isoDateTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Qt has no warning role in QPalette: pick an amber that stays readable on
// the palette's base colour, light or dark.
QColor warningColour() {
    const bool darkBase = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return darkBase ? QColor(0xff, 0xb3, 0x4d) : QColor(0xb0, 0x5a, 0x00);
}

bool isNumeric(int column) {
    switch (column) {
    case LeaseTableModel::CoresColumn:
    case LeaseTableModel::TimeLeftColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

LeaseTableModel::LeaseTableModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_consoleNowMs(clock.nowMs()) {}

int LeaseTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_leases.size() - m_gapSize);
}

int LeaseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Lease* LeaseTableModel::leaseAt(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_leases.at(physicalRow(row));
}

int LeaseTableModel::rowOfLease(const QString& id) const {
    const qsizetype physical = m_rowById.value(id, -1);
    if (physical < 0)
        return -1;
    return int(physical < m_gapStart ? physical : physical - m_gapSize);
}

qint64 LeaseTableModel::timeLeftMs(const Lease& lease) const {
    return qMax<qint64>(0, lease.graceDeadlineMs - nodeNowMs());
}

bool LeaseTableModel::isOverdue(const Lease& lease) const {
    return lease.isOverdue(nodeNowMs(), m_renewAfterS);
}

QVariant LeaseTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lease& lease = *leaseAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(lease, column);
    case SortRole:
        return sortValue(lease, column);
    case LeaseIdRole:
        return lease.id;
    case Qt::ToolTipRole:
        return toolTip(lease, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt()) : QVariant();
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        return overdueHint(lease, column, role);
    default:
        return {};
    }
}

QString LeaseTableModel::displayText(const Lease& lease, int column) const {
    switch (column) {
    case TypeColumn:
        return lease.holder.component;
    case InstanceColumn:
        return lease.holder.instance;
    case HostColumn:
        return lease.holder.host;
    case IpsColumn:
        return lease.holder.ips.join(u", "_s);
    case CoresColumn:
        return QString::number(lease.holder.cores);
    case GrantedColumn:
        return localDateTime(lease.grantedMs);
    case LastRenewalColumn:
        return localDateTime(lease.lastRenewalMs);
    case ServedByColumn:
        return lease.node;
    case StateColumn:
        return isOverdue(lease) ? tr("overdue") : tr("active");
    case TimeLeftColumn:
        return Duration::format(timeLeftMs(lease));
    default:
        return {};
    }
}

QVariant LeaseTableModel::sortValue(const Lease& lease, int column) const {
    switch (column) {
    case CoresColumn:
        return lease.holder.cores;
    case GrantedColumn:
        return lease.grantedMs;
    case LastRenewalColumn:
        return lease.lastRenewalMs;
    case StateColumn:
        return isOverdue(lease) ? 1 : 0; // overdue sorts after active
    case TimeLeftColumn:
        return timeLeftMs(lease);
    default:
        return displayText(lease, column);
    }
}

QVariant LeaseTableModel::toolTip(const Lease& lease, int column) const {
    switch (column) {
    case GrantedColumn:
        return isoDateTime(lease.grantedMs);
    case LastRenewalColumn:
        return isoDateTime(lease.lastRenewalMs);
    case TimeLeftColumn:
        return tr("Grace deadline: %1").arg(isoDateTime(lease.graceDeadlineMs));
    default:
        return {};
    }
}

// Only the State and Time left cells carry the hint, so that the one
// dataChanged of tick() covers every cell whose look can change.
QVariant LeaseTableModel::overdueHint(const Lease& lease, int column, int role) const {
    if ((column != StateColumn && column != TimeLeftColumn) || !isOverdue(lease))
        return {};
    if (role == Qt::ForegroundRole)
        return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QVariant(warningColour())
                                                                            : QVariant();
    if (column == StateColumn && qobject_cast<QApplication*>(QCoreApplication::instance()))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QVariant LeaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case InstanceColumn:
        return tr("Instance");
    case HostColumn:
        return tr("Host");
    case IpsColumn:
        return tr("IP addresses");
    case CoresColumn:
        return tr("Cores");
    case GrantedColumn:
        return tr("Granted");
    case LastRenewalColumn:
        return tr("Last renewal");
    case ServedByColumn:
        return tr("Served by");
    case StateColumn:
        return tr("State");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

void LeaseTableModel::setSnapshot(const LeaseSnapshot& snapshot, qint64 clockOffsetMs) {
    const qint64 nodeNowBefore = nodeNowMs();
    const qint64 renewAfterBefore = m_renewAfterS;
    m_consoleNowMs = m_clock.nowMs();
    m_clockOffsetMs = clockOffsetMs;
    m_renewAfterS = snapshot.renewAfterS;

    // The first occurrence of an id wins should a node ever report one twice.
    IdIndex incoming;
    incoming.reserve(snapshot.leases.size());
    for (qsizetype i = 0; i < snapshot.leases.size(); ++i) {
        if (!incoming.contains(snapshot.leases.at(i).id))
            incoming.insert(snapshot.leases.at(i).id, i);
    }
    removeMissing(incoming);
    updateChanged(snapshot.leases, incoming);
    appendNew(snapshot.leases, incoming);

    if (nodeNowMs() != nodeNowBefore || m_renewAfterS != renewAfterBefore)
        emitCountdownChanged();
}

void LeaseTableModel::tick(qint64 consoleNowMs) {
    if (consoleNowMs == m_consoleNowMs)
        return;
    m_consoleNowMs = consoleNowMs;
    emitCountdownChanged();
}

void LeaseTableModel::emitCountdownChanged() {
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, TimeLeftColumn),
                       {Qt::DisplayRole, SortRole, Qt::ForegroundRole, Qt::DecorationRole});
}

// One pass over the rows: each run of consecutive rows whose lease is gone is
// removed with one beginRemoveRows, and kept rows slide down over the hole
// as they are reached. rowCount(), leaseAt() and rowOfLease() stay right
// throughout, so views may read the model from inside the signals.
void LeaseTableModel::removeMissing(const IdIndex& incoming) {
    const qsizetype total = m_leases.size();
    m_gapStart = 0;
    m_gapSize = 0;
    qsizetype next = 0;
    while (next < total) {
        if (incoming.contains(m_leases.at(next).id)) {
            keepRow(next++);
            continue;
        }
        qsizetype end = next + 1;
        while (end < total && !incoming.contains(m_leases.at(end).id))
            ++end;
        removeRun(next, end);
        next = end;
    }
    m_leases.resize(m_gapStart);
    m_gapSize = 0;
}

void LeaseTableModel::keepRow(qsizetype physical) {
    if (m_gapSize > 0) {
        m_leases[m_gapStart] = std::move(m_leases[physical]);
        m_rowById[m_leases.at(m_gapStart).id] = m_gapStart;
    }
    ++m_gapStart;
}

// Removes physical rows [first, end), which start right after the hole.
void LeaseTableModel::removeRun(qsizetype first, qsizetype end) {
    const qsizetype count = end - first;
    beginRemoveRows({}, int(m_gapStart), int(m_gapStart + count - 1));
    for (qsizetype physical = first; physical < end; ++physical)
        m_rowById.remove(m_leases.at(physical).id);
    m_gapSize += count;
    endRemoveRows();
}

void LeaseTableModel::updateChanged(const QList<Lease>& incoming, const IdIndex& incomingIndex) {
    QList<int> changedRows;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const Lease& lease = incoming.at(i);
        const qsizetype physical = m_rowById.value(lease.id, -1);
        if (physical < 0 || incomingIndex.value(lease.id) != i || m_leases.at(physical) == lease)
            continue;
        m_leases[physical] = lease;
        changedRows.append(int(physical));
    }
    emitRowsChanged(std::move(changedRows));
}

// One dataChanged per run of adjacent changed rows.
void LeaseTableModel::emitRowsChanged(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    qsizetype first = 0;
    while (first < rows.size()) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(rows.at(first), 0), index(rows.at(last), ColumnCount - 1));
        first = last + 1;
    }
}

void LeaseTableModel::appendNew(const QList<Lease>& incoming, const IdIndex& incomingIndex) {
    QList<qsizetype> fresh;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!m_rowById.contains(incoming.at(i).id) && incomingIndex.value(incoming.at(i).id) == i)
            fresh.append(i);
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, int(first + fresh.size() - 1));
    m_leases.reserve(m_leases.size() + fresh.size());
    for (const qsizetype i : fresh) {
        m_rowById.insert(incoming.at(i).id, m_leases.size());
        m_leases.append(incoming.at(i));
    }
    endInsertRows();
}

} // namespace lk
