#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>
#include <functional>

namespace lk {

// What the console's tables have in common: one row per item of type Row,
// a fixed set of columns, and data() answered role by role through a few
// hooks, so that a model only says what its cells show. The rows change by
// reset, by replacement in place, or, for models that merge snapshots, by
// working on the storage directly (see m_gapStart).
template <typename Row> class RowTableModel : public QAbstractTableModel {
public:
    // Raw numbers for numeric and time columns, what the cell shows otherwise,
    // so that a proxy sorts 9 before 10 and times by their instants.
    static constexpr int SortRole = Qt::UserRole + 1;

    int rowCount(const QModelIndex& parent = {}) const final {
        return parent.isValid() ? 0 : int(m_rows.size() - m_gapSize);
    }
    int columnCount(const QModelIndex& parent = {}) const final {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    const Row* rowAt(int row) const {
        return row >= 0 && row < rowCount() ? &m_rows.at(physicalRow(row)) : nullptr;
    }

protected:
    RowTableModel(int columnCount, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount) {}

    virtual QString columnTitle(int column) const = 0;
    virtual QVariant display(const Row& row, int column) const = 0;
    virtual QVariant sortValue(const Row& row, int column) const { return display(row, column); }
    virtual QVariant toolTip(const Row&, int) const { return {}; }
    // Numeric columns are right-aligned, in their cells and their header.
    virtual bool isNumeric(int) const { return false; }
    // Any role the hooks above do not answer.
    virtual QVariant otherData(const Row&, int, int) const { return {}; }

    // Every row; only meaningful while no merge has a hole open.
    const QList<Row>& rows() const { return m_rows; }
    void resetRows(QList<Row> rows);
    // Keeps the view's selection and scroll position when `rows` holds the
    // same keys in the same order: only the rows that differ are updated.
    // Otherwise the model is reset. Returns whether it was.
    template <typename KeyOf> bool replaceRows(QList<Row> rows, KeyOf keyOf);
    // One dataChanged over every column per run of adjacent rows.
    void emitRowsChanged(QList<int> rows);
    // One dataChanged over columns [first, last] of every row.
    void emitColumnsChanged(int first, int last, const QList<int>& roles);

    qsizetype physicalRow(int row) const { return row < m_gapStart ? row : row + m_gapSize; }

    // Rows in display order. A model that merges snapshots may open a hole of
    // removed rows at physical rows [m_gapStart, m_gapStart + m_gapSize) and
    // compact kept rows across it, so that rowCount() and rowAt() stay right
    // while it signals each removal; outside a merge the hole is empty.
    QList<Row> m_rows;
    qsizetype m_gapStart = 0;
    qsizetype m_gapSize = 0;

private:
    QVariant alignment(int column) const {
        return isNumeric(column) ? QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt()) : QVariant();
    }

    int m_columnCount;
};

template <typename Row> QVariant RowTableModel<Row>::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return alignment(column);
    default:
        return otherData(row, column, role);
    }
}

template <typename Row>
QVariant RowTableModel<Row>::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    return role == Qt::DisplayRole ? QVariant(columnTitle(section)) : QVariant();
}

template <typename Row> void RowTableModel<Row>::resetRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

template <typename Row>
template <typename KeyOf>
bool RowTableModel<Row>::replaceRows(QList<Row> rows, KeyOf keyOf) {
    const bool sameKeys = std::equal(
        rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
        [&](const Row& a, const Row& b) { return std::invoke(keyOf, a) == std::invoke(keyOf, b); });
    if (!sameKeys) {
        resetRows(std::move(rows));
        return true;
    }
    QList<int> changed;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row) == m_rows.at(row))
            continue;
        m_rows[row] = std::move(rows[row]);
        changed.append(int(row));
    }
    emitRowsChanged(std::move(changed));
    return false;
}

template <typename Row> void RowTableModel<Row>::emitRowsChanged(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    qsizetype first = 0;
    while (first < rows.size()) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(rows.at(first), 0), index(rows.at(last), m_columnCount - 1));
        first = last + 1;
    }
}

template <typename Row>
void RowTableModel<Row>::emitColumnsChanged(int first, int last, const QList<int>& roles) {
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last), roles);
}

} // namespace lk
