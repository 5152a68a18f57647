#include "models/LeaseFilterProxy.h"

#include "models/LeaseTableModel.h"

#include <algorithm>

namespace lk {

LeaseFilterProxy::LeaseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(LeaseTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LeaseFilterProxy::setSourceModel(QAbstractItemModel* sourceModel) {
    m_leases = qobject_cast<const LeaseTableModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void LeaseFilterProxy::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void LeaseFilterProxy::setComponentType(const QString& type) {
    if (type == m_componentType)
        return;
    m_componentType = type;
    invalidateFilter();
}

bool LeaseFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const Lease* a = m_leases ? m_leases->leaseAt(left.row()) : nullptr;
    const Lease* b = m_leases ? m_leases->leaseAt(right.row()) : nullptr;
    if (a && b && left.column() == right.column() && sortRole() == LeaseTableModel::SortRole) {
        const std::optional<qint64> keyA = m_leases->numericSortKey(*a, left.column());
        const std::optional<qint64> keyB = m_leases->numericSortKey(*b, right.column());
        if (keyA && keyB)
            return *keyA < *keyB;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool LeaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid())
        return false;
    if (const Lease* lease = m_leases ? m_leases->leaseAt(sourceRow) : nullptr)
        return accepts(*lease);
    return acceptsCells(sourceRow);
}

// Reads the lease itself: the filter runs over every row on each keystroke,
// and building display strings for 100,000 leases would be wasteful.
bool LeaseFilterProxy::accepts(const Lease& lease) const {
    if (!m_componentType.isEmpty() && lease.holder.component != m_componentType)
        return false;
    if (m_searchText.isEmpty())
        return true;
    const auto has = [this](const QString& field) {
        return field.contains(m_searchText, Qt::CaseInsensitive);
    };
    const QStringList& ips = lease.holder.ips;
    return has(lease.holder.instance) || has(lease.holder.host) || has(lease.node) ||
           has(lease.holder.component) || std::any_of(ips.cbegin(), ips.cend(), has);
}

// The same rules on the displayed text, for a source with the same columns
// that is not a LeaseTableModel.
bool LeaseFilterProxy::acceptsCells(int sourceRow) const {
    if (!m_componentType.isEmpty() && cellText(sourceRow, LeaseTableModel::TypeColumn) != m_componentType)
        return false;
    if (m_searchText.isEmpty())
        return true;
    for (const int column :
         {LeaseTableModel::InstanceColumn, LeaseTableModel::HostColumn, LeaseTableModel::IpsColumn,
          LeaseTableModel::ServedByColumn, LeaseTableModel::TypeColumn}) {
        if (cellText(sourceRow, column).contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString LeaseFilterProxy::cellText(int sourceRow, int column) const {
    return sourceModel()->data(sourceModel()->index(sourceRow, column)).toString();
}

} // namespace lk
