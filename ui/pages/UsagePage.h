#pragma once

#include "lease/UsageSample.h"
#include "pages/TableExport.h"
#include "util/Result.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QIcon;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace lk {

class Clock;
class NodeClient;
class Prompts;
class UsageChart;
class UsageModel;

// Usage over time: per component type, the instances and cores in use
// against what the license allows, with the peak and the denials, over a
// chosen period; as a chart or a table, exported as CSV or PNG. It only
// reads, so a viewer token sees all of it.
class UsagePage final : public QWidget {
    Q_OBJECT

public:
    UsagePage(NodeClient& client, Prompts& prompts, const Clock& clock, QWidget* parent = nullptr);

    // For the navigation: a line under a dashed limit (no standard icon is a chart).
    static QIcon icon();

    void refresh();
    bool exportCsv(const QString& path);
    bool exportPng(const QString& path);

    UsageChart& chart() const { return *m_chart; }
    UsageModel& model() const { return *m_model; }
    // The query of the samples shown (or on their way).
    const UsageQuery& query() const { return m_query; }
    // The component types that have samples in the period, in the selector's order.
    QStringList types() const;
    QString currentType() const;
    void showType(const QString& type);
    void setPeriodIndex(int index);
    bool isLoading() const { return m_loading; }
    QString statusText() const;
    QString errorText() const;

Q_SIGNALS:
    // An answer (samples or an error) has been shown.
    void refreshed();

protected:
    // Read when the page is shown, then every minute while it stays shown:
    // the node samples once a minute.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    UsageQuery nextQuery() const;
    void showAnswer(const Result<QList<UsageSample>>& samples);
    void fillTypes();
    void showSelectedType();
    void askPng();
    static QString failureText(const Error& error);
    // What one point stands for, at the step shown.
    QString stepText() const;

    NodeClient& m_client;
    Prompts& m_prompts;
    const Clock& m_clock;
    UsageModel* m_model;
    QSortFilterProxyModel* m_proxy;
    TableExport m_export;
    QComboBox* m_period;
    QComboBox* m_type;
    QTabWidget* m_views;
    UsageChart* m_chart;
    QTableView* m_table;
    QLabel* m_status;
    QLabel* m_error;
    QTimer m_autoRefresh;
    UsageQuery m_query;
    UsageQuery m_shown; // the query the samples on screen answered
    int m_shownPeriod = -1;
    QMap<QString, QList<UsageSample>> m_byType;
    int m_requests = 0; // only the answer to the latest request is shown
    bool m_loading = false;
};

} // namespace lk
