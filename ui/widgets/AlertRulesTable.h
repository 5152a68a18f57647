#pragma once

#include "alert/AlertRule.h"

#include <QTableWidget>

class QSpinBox;

namespace lk {

// The alert rules, one row each: on or off, what it watches, its threshold
// (with its unit, or a dash for rules without one), its quiet period in
// minutes and the channels it goes to.
class AlertRulesTable final : public QTableWidget {
    Q_OBJECT

public:
    enum Column { On, Watches, Threshold, QuietPeriod, Webhook, Mail, Tray, ColumnCount };

    explicit AlertRulesTable(QWidget* parent = nullptr);

    void setRules(const QList<AlertRule>& rules);
    // The rules as edited, in the order shown.
    QList<AlertRule> rules() const;
    void setReadOnly(bool readOnly);

    QSpinBox* thresholdBox(int row) const;
    QSpinBox* quietBox(int row) const;

private:
    void addRow(int row, const AlertRule& rule);
    static QString unitSuffix(AlertKind kind);

    QList<AlertRule> m_shown;
    bool m_readOnly = false;
};

} // namespace lk
