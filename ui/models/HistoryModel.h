#pragma once

#include "lease/Lease.h"
#include "models/RowTableModel.h"

namespace lk {

// Usage history rows: ended and running leases with their end reasons, and
// denials with the server's message. Filled per query, not per second.
class HistoryModel final : public RowTableModel<HistoryEntry> {
    Q_OBJECT

public:
    enum Column { Kind, Type, Instance, Host, Cores, Start, End, Reason, Note, Node, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry>& entries() const { return rows(); }

    // Translated text for an end or denial reason code.
    static QString reasonText(const QString& code);

private:
    QString columnTitle(int column) const override;
    QVariant display(const HistoryEntry& entry, int column) const override;
    QVariant sortValue(const HistoryEntry& entry, int column) const override;
    QVariant toolTip(const HistoryEntry& entry, int column) const override;
    bool isNumeric(int column) const override { return column == Cores; }
};

} // namespace lk
