#pragma once

#include "drift/ClockProbe.h"
#include "console/ClockAssessment.h"
#include "admin/NodeMonitor.h"
#include "console/OffsetHistory.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace lk {

class ClockPlot;

// The Clock view: each node's clock against this console's (NTP-style, from
// GET /api/v1/time) and against the database's, node-to-node drift, sync
// status, the last hour of offsets, and what to do when they drift apart.
class ClockPage final : public QWidget {
    Q_OBJECT

public:
    ClockPage(QList<NodeMonitor*> nodes, QNetworkAccessManager& network, const Clock& clock,
              QWidget* parent = nullptr);

    void setMeasureInterval(int ms) { m_timer.setInterval(ms); }
    void measureNow();
    const ClockAssessment& assessment() const { return m_assessment; }
    const OffsetHistory& history() const { return m_history; }

    static constexpr int kSamples = 4;

private:
    void buildLayout();
    void received(int index, const ClockMeasurement& measurement);
    void reassess();
    void saveThresholds();
    QString nameOf(int index) const;

    QList<NodeMonitor*> m_nodes;
    const Clock& m_clock;
    ClockProbe m_probe;
    QTimer m_timer;
    QList<ClockMeasurement> m_measurements;
    OffsetHistory m_history;
    ClockAssessment m_assessment;
    QTableWidget* m_table;
    QLabel* m_drift;
    QLabel* m_advice;
    QSpinBox* m_warn;
    QSpinBox* m_critical;
    ClockPlot* m_plot;
};

} // namespace lk
