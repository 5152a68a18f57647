#pragma once

#include "lease/Lease.h"
#include "pages/TableExport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lk {

class Clock;
class LeaseFilterProxy;
class LeaseTableModel;
class NodeMonitor;
class Prompts;

// Every active lease, searchable and sortable; an administrator can free
// one (with a recorded reason) and export the list.
class LeasesPage final : public QWidget {
    Q_OBJECT

public:
    LeasesPage(NodeMonitor& monitor, Prompts& prompts, const Clock& clock, QWidget* parent = nullptr);
    ~LeasesPage() override;

    LeaseTableModel& model() const { return *m_model; }
    QTableView* view() const { return m_table; }
    void tick(qint64 consoleNowMs);
    // Frees the selected lease after asking for a reason and confirmation.
    void freeSelected();
    bool exportCsv(const QString& path);
    // A viewer token cannot free: the button stays off and says why.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void leaseFreed(const QString& leaseId);

private:
    void onLeases();
    void updateTypes(const QList<Lease>& leases);
    void updateCount();

    NodeMonitor& m_monitor;
    Prompts& m_prompts;
    LeaseTableModel* m_model;
    LeaseFilterProxy* m_proxy;
    TableExport m_export;
    QLineEdit* m_search;
    QComboBox* m_type;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_free;
    bool m_hasSavedLayout = false;
    bool m_readOnly = false;
};

} // namespace lk
