#pragma once

#include "admin/NodeStatus.h"
#include "pages/TableExport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace lk {

class Clock;
class HistoryModel;
class NodeClient;
class Prompts;

// Usage history with end reasons and denials, filtered by period, type and
// reason, with the peak concurrent cores per type over the period.
class HistoryPage final : public QWidget {
    Q_OBJECT

public:
    HistoryPage(NodeClient& client, Prompts& prompts, const Clock& clock, QWidget* parent = nullptr);
    ~HistoryPage() override;

    void setComponentTypes(const QStringList& types);
    void refresh();
    bool exportCsv(const QString& path);
    HistoryModel& model() const { return *m_model; }
    QString peakText() const;
    QString errorText() const;

Q_SIGNALS:
    void refreshed();

protected:
    // History is fetched on demand: when the page is shown, not every second.
    void showEvent(QShowEvent* event) override;

private:
    qint64 periodStartMs() const;
    void showPeaks();

    NodeClient& m_client;
    const Clock& m_clock;
    HistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    TableExport m_export;
    QTableView* m_table;
    QComboBox* m_period;
    QComboBox* m_type;
    QComboBox* m_reason;
    QLabel* m_peaks;
    QLabel* m_error;
    qint64 m_queriedUntilMs = 0;
    bool m_hasSavedLayout = false;
};

} // namespace lk
