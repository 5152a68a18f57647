#pragma once

#include "lease/Lease.h"

#include <QAbstractTableModel>

namespace lk {

// Usage history rows: ended and running leases with their end reasons, and
// denials with the server's message. Filled per query, not per second.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Type, Instance, Host, Cores, Start, End, Reason, Note, Node, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated text for an end or denial reason code.
    static QString reasonText(const QString& code);

private:
    QVariant display(const HistoryEntry& entry, int column) const;

    QList<HistoryEntry> m_entries;
};

} // namespace lk
