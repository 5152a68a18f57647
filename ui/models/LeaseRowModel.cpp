#include "models/LeaseRowModel.h"

#include "lease/ReclaimPolicy.h"
#include "models/EvidenceText.h"
#include "util/Duration.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <limits>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

using Field = LeaseRowModel::Field;

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

// What the countdown changes in its cells. Not the sort role: the countdown
// columns sort by instants that do not move (see sortValue()), and a sort
// role in a dataChanged over every row makes a sorting proxy sort them all
// again, each second.
const QList<int> kCountdownRoles{Qt::DisplayRole, Qt::ForegroundRole, Qt::DecorationRole};

// The Evidence column sorts the most alarming verdict last: gone after
// cannot-tell after alive after not probed, all after active leases.
qint64 evidenceRank(const Lease& lease, bool overdue) {
    if (!overdue)
        return 0;
    switch (ReclaimJudge::verdict(lease.probes)) {
    case ReclaimJudge::Verdict::NoEvidence:
        return 1;
    case ReclaimJudge::Verdict::ProbablyAlive:
        return 2;
    case ReclaimJudge::Verdict::CannotTell:
        return 3;
    case ReclaimJudge::Verdict::ProcessGone:
        return 4;
    }
    return 1;
}

bool movesWithTime(Field field) {
    return field == Field::RenewedAgo || field == Field::State || field == Field::TimeLeft ||
           field == Field::ShutsDownIn;
}

} // namespace

LeaseRowModel::LeaseRowModel(QList<Field> columns, const Clock& clock, QObject* parent)
    : RowTableModel(int(columns.size()), parent)
    , m_columns(std::move(columns))
    , m_clock(clock)
    , m_consoleNowMs(clock.nowMs())
    , m_overdueCheckedAtMs(m_consoleNowMs) {
    for (int column = 0; column < m_columns.size(); ++column) {
        if (!movesWithTime(m_columns.at(column)))
            continue;
        if (m_firstCountdownColumn < 0)
            m_firstCountdownColumn = column;
        m_lastCountdownColumn = column;
    }
}

qint64 LeaseRowModel::timeLeftMs(const Lease& lease) const {
    return qMax<qint64>(0, lease.graceDeadlineMs - nodeNowMs());
}

bool LeaseRowModel::isOverdue(const Lease& lease) const {
    return lease.isOverdue(nodeNowMs(), m_renewAfterS);
}

void LeaseRowModel::tick(qint64 consoleNowMs) {
    if (consoleNowMs == m_consoleNowMs)
        return;
    m_consoleNowMs = consoleNowMs;
    signalOverdueFlips();
    timeMoved();
}

void LeaseRowModel::tickRows(qint64 consoleNowMs, const QList<int>& rows) {
    m_consoleNowMs = consoleNowMs;
    signalOverdueFlips();
    if (m_firstCountdownColumn < 0)
        return;
    for (const int row : rows) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, m_firstCountdownColumn), index(row, m_lastCountdownColumn),
                               kCountdownRoles);
    }
}

bool LeaseRowModel::setNodeClock(qint64 clockOffsetMs, qint64 renewAfterS) {
    const qint64 nodeNowBefore = nodeNowMs();
    const bool ruleMoved = clockOffsetMs != m_clockOffsetMs || renewAfterS != m_renewAfterS;
    m_consoleNowMs = m_clock.nowMs();
    m_clockOffsetMs = clockOffsetMs;
    m_renewAfterS = renewAfterS;
    if (ruleMoved) // every row may have flipped, either way: look at all of them
        m_nextOverdueMs = std::numeric_limits<qint64>::min();
    return nodeNowMs() != nodeNowBefore || ruleMoved;
}

void LeaseRowModel::emitCountdownChanged() {
    if (m_firstCountdownColumn >= 0)
        emitColumnsChanged(m_firstCountdownColumn, m_lastCountdownColumn, kCountdownRoles);
}

qint64 LeaseRowModel::overdueFromMs(const Lease& lease) const {
    // isOverdue(now) holds from the first millisecond after the last renewal
    // plus the lag that overdueBeforeMs() subtracts from now.
    return lease.lastRenewalMs - Lease::overdueBeforeMs(0, m_renewAfterS) + 1;
}

void LeaseRowModel::noteRowChanged(const Lease& lease) {
    if (!isOverdue(lease))
        m_nextOverdueMs = qMin(m_nextOverdueMs, overdueFromMs(lease));
}

void LeaseRowModel::signalOverdueFlips() {
    const qint64 now = nodeNowMs();
    if (now < m_nextOverdueMs)
        return;
    const qint64 before = m_overdueCheckedAtMs;
    qint64 next = std::numeric_limits<qint64>::max();
    QList<int> flipped;
    for (int row = 0; row < rowCount(); ++row) {
        const Lease& lease = *rowAt(row);
        const bool overdue = lease.isOverdue(now, m_renewAfterS);
        if (overdue != lease.isOverdue(before, m_renewAfterS))
            flipped.append(row);
        if (!overdue)
            next = qMin(next, overdueFromMs(lease));
    }
    m_overdueCheckedAtMs = now;
    m_nextOverdueMs = next;
    emitRowsChanged(std::move(flipped));
}

QString LeaseRowModel::columnTitle(int column) const {
    switch (m_columns.at(column)) {
    case Field::Type:
        return tr("Type");
    case Field::Instance:
        return tr("Instance");
    case Field::Host:
        return tr("Host");
    case Field::Ips:
        return tr("IP addresses");
    case Field::Cores:
        return tr("Cores");
    case Field::Granted:
        return tr("Granted");
    case Field::LastRenewal:
    case Field::RenewedAgo:
        return tr("Last renewal");
    case Field::ServedBy:
        return tr("Served by");
    case Field::State:
        return tr("State");
    case Field::TimeLeft:
        return tr("Time left");
    case Field::ShutsDownIn:
        return tr("Shuts down in");
    case Field::Evidence:
        return tr("Evidence");
    }
    return {};
}

QVariant LeaseRowModel::display(const Lease& lease, int column) const {
    switch (m_columns.at(column)) {
    case Field::Type:
        return lease.holder.component;
    case Field::Instance:
        return lease.holder.instance;
    case Field::Host:
        return lease.holder.host;
    case Field::Ips:
        return lease.holder.ips.join(u", "_s);
    case Field::Cores:
        return QString::number(lease.holder.cores);
    case Field::Granted:
        return localDateTime(lease.grantedMs);
    case Field::LastRenewal:
        return localDateTime(lease.lastRenewalMs);
    case Field::RenewedAgo:
        return tr("%1 ago").arg(Duration::format(qMax<qint64>(0, nodeNowMs() - lease.lastRenewalMs)));
    case Field::ServedBy:
        return lease.node;
    case Field::State:
        return isOverdue(lease) ? tr("overdue") : tr("active");
    case Field::TimeLeft:
        return Duration::format(timeLeftMs(lease));
    case Field::ShutsDownIn: {
        const qint64 left = timeLeftMs(lease);
        return left > 0 ? tr("shuts down in %1").arg(Duration::format(left)) : tr("shutting down");
    }
    case Field::Evidence:
        // Worked out here, for the rows a view paints, never for all of them.
        return isOverdue(lease) ? ReclaimJudge::describe(lease.probes) : QString();
    }
    return {};
}

std::optional<qint64> LeaseRowModel::numericSortKey(const Lease& lease, int column) const {
    switch (m_columns.at(column)) {
    case Field::Cores:
        return lease.holder.cores;
    case Field::Granted:
        return lease.grantedMs;
    case Field::LastRenewal:
    case Field::RenewedAgo:
        return lease.lastRenewalMs;
    case Field::State:
        return isOverdue(lease) ? 1 : 0; // overdue sorts after active
    case Field::TimeLeft:
    case Field::ShutsDownIn:
        // The deadline, not the time left: the same order, without moving.
        return lease.graceDeadlineMs;
    case Field::Evidence:
        return evidenceRank(lease, isOverdue(lease));
    default:
        return std::nullopt;
    }
}

QVariant LeaseRowModel::sortValue(const Lease& lease, int column) const {
    if (const std::optional<qint64> key = numericSortKey(lease, column))
        return *key;
    return display(lease, column);
}

QVariant LeaseRowModel::toolTip(const Lease& lease, int column) const {
    switch (m_columns.at(column)) {
    case Field::Granted:
        return isoDateTime(lease.grantedMs);
    case Field::LastRenewal:
    case Field::RenewedAgo:
        return isoDateTime(lease.lastRenewalMs);
    case Field::TimeLeft:
    case Field::ShutsDownIn:
        return tr("Grace deadline: %1").arg(isoDateTime(lease.graceDeadlineMs));
    case Field::Evidence:
        return isOverdue(lease) ? QVariant(EvidenceText::toolTip(lease.probes)) : QVariant();
    default:
        return {};
    }
}

bool LeaseRowModel::isNumeric(int column) const {
    const Field field = m_columns.at(column);
    return field == Field::Cores || field == Field::TimeLeft;
}

// Only the State and Time left cells carry the overdue hint: they move with
// time, so the countdown's one dataChanged covers every cell whose look can
// change.
QVariant LeaseRowModel::otherData(const Lease& lease, int column, int role) const {
    if (role == LeaseIdRole)
        return lease.id;
    const Field field = m_columns.at(column);
    if ((field != Field::State && field != Field::TimeLeft) || !isOverdue(lease))
        return {};
    if (role == Qt::ForegroundRole)
        return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QVariant(warningColour())
                                                                            : QVariant();
    if (role == Qt::DecorationRole && field == Field::State &&
        qobject_cast<QApplication*>(QCoreApplication::instance()))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

} // namespace lk
