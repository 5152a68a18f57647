#pragma once

#include "pages/TableExport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace lk {

class AuditModel;
class Clock;
class NodeClient;
class Prompts;

// The audit trail: frees, maintenance, licenses loaded, tokens used and
// refused, filtered by period and action, exported as CSV.
class AuditPage final : public QWidget {
    Q_OBJECT

public:
    AuditPage(NodeClient& client, Prompts& prompts, const Clock& clock, QWidget* parent = nullptr);

    void refresh();
    bool exportCsv(const QString& path);
    AuditModel& model() const { return *m_model; }
    QString errorText() const;

Q_SIGNALS:
    void refreshed();

protected:
    // Fetched when the page is shown or asked for, not every second.
    void showEvent(QShowEvent* event) override;

private:
    NodeClient& m_client;
    const Clock& m_clock;
    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
    TableExport m_export;
    QTableView* m_table;
    QComboBox* m_period;
    QComboBox* m_action;
    QLabel* m_error;
};

} // namespace lk
