#pragma once

#include "audit/AuditEntry.h"
#include "models/RowTableModel.h"

namespace lk {

// The audit trail's rows: who did what, from where, and how it ended.
class AuditModel final : public RowTableModel<AuditEntry> {
    Q_OBJECT

public:
    enum Column { Time, Actor, Action, Target, Outcome, Address, Node, Detail, ColumnCount };

    explicit AuditModel(QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry>& entries() const { return rows(); }

    // Translated text for an action or an outcome code.
    static QString actionText(const QString& action);
    static QString outcomeText(const QString& outcome);

private:
    QString columnTitle(int column) const override;
    QVariant display(const AuditEntry& entry, int column) const override;
    QVariant sortValue(const AuditEntry& entry, int column) const override;
    QVariant toolTip(const AuditEntry& entry, int column) const override;
    QVariant otherData(const AuditEntry& entry, int column, int role) const override;
};

} // namespace lk
