#pragma once

#include "console/OffsetHistory.h"

#include <QWidget>

namespace lk {

// The last hour of clock offsets, one line per node, with the warning and
// critical thresholds drawn as bands. Painted by hand: one small chart does
// not justify a charting library.
class ClockPlot final : public QWidget {
    Q_OBJECT

public:
    explicit ClockPlot(QWidget* parent = nullptr);

    void setHistory(const OffsetHistory& history, qint64 nowMs);
    void setThresholds(double warnMs, double criticalMs);
    QSize minimumSizeHint() const override { return {320, 160}; }
    // The vertical range shown, in ms either side of zero (for tests).
    double rangeMs() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString describe() const;

    OffsetHistory m_history;
    qint64 m_nowMs = 0;
    double m_warnMs = 250;
    double m_criticalMs = 1000;
};

} // namespace lk
