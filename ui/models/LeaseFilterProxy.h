#pragma once

#include <QSortFilterProxyModel>

namespace lk {

struct Lease;
class LeaseTableModel;

// Search and component-type filter over a LeaseTableModel; sorts numbers and
// times by their raw values (LeaseTableModel::SortRole), not their text.
class LeaseFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LeaseFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // Case-insensitive substring of instance, host, an IP address, serving
    // node or type; empty matches everything.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // Exact component type; empty shows every type.
    void setComponentType(const QString& type);
    QString componentType() const { return m_componentType; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Numbers and times straight from the leases: sorting 100,000 rows
    // through data() and QVariant took most of the Leases view's load.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool accepts(const Lease& lease) const;
    bool acceptsCells(int sourceRow) const;
    QString cellText(int sourceRow, int column) const;

    const LeaseTableModel* m_leases = nullptr; // the source when it is a LeaseTableModel
    QString m_searchText;
    QString m_componentType;
};

} // namespace lk
