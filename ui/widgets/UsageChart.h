#pragma once

#include "lease/UsageSample.h"

#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace lk {

// One component type's usage over a period, in two panes on one time axis:
// cores above, instances below, each in use as a line and allowed as a
// dashed line; in the cores pane the period of peak cores is marked and
// labelled, and the periods with denials are marked along the bottom. Two
// panes rather than two scales on one plot: the lines of instances and
// cores follow each other and would cross and cover one another.
class UsageChart final : public QWidget {
    Q_OBJECT

public:
    explicit UsageChart(QWidget* parent = nullptr);

    // `samples` are one type's, oldest first, for the periods between
    // `fromMs` and `toMs`, the range the time axis shows.
    void setSamples(const QString& type, const QList<UsageSample>& samples, qint64 fromMs, qint64 toMs);
    // Nothing to draw: the axes stay, the title says why.
    void clear(const QString& why);

    // The series, for tests and the accessible description.
    const QLineSeries& coresInUse() const { return *m_cores; }
    const QLineSeries& coresAllowed() const { return *m_coresAllowed; }
    const QLineSeries& instancesInUse() const { return *m_instances; }
    const QLineSeries& instancesAllowed() const { return *m_instancesAllowed; }
    const QScatterSeries& peak() const { return *m_peak; }
    const QScatterSeries& denials() const { return *m_denials; }
    // Local time, labelled at round times (14:00, 7 Dec) under the lower pane.
    const QCategoryAxis& timeAxis() const { return *m_instancesTime; }
    // The peak's label as drawn ("peak 14 cores"); empty without a peak.
    QString peakLabel() const;
    // Where each pane plots: the same from left to right, so that a time is
    // at the same place in both.
    QRectF coresPlotArea() const;
    QRectF instancesPlotArea() const;
    // Both panes as drawn, at their size on screen.
    QImage toImage();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QChartView* addPane(int stretch);
    void setUpCoresPane();
    void setUpInstancesPane();
    void attach(QChart* chart, QXYSeries* series, QCategoryAxis* time, QValueAxis* values);
    QList<QXYSeries*> allSeries() const;
    void showPeak(const QList<UsageSample>& samples);
    void showDenials(const QList<UsageSample>& samples);
    void fitValueAxes(const QList<UsageSample>& samples);
    void fitTimeAxes();
    void scheduleAlignment();
    void alignPlotAreas();
    void showToolTip(const QPointF& point, bool hovering);
    QString describe() const;

    QChartView* m_coresView;
    QChartView* m_instancesView;
    QLineSeries* m_cores;
    QLineSeries* m_coresAllowed;
    QLineSeries* m_instances;
    QLineSeries* m_instancesAllowed;
    QScatterSeries* m_peak;
    QScatterSeries* m_denials;
    QCategoryAxis* m_coresTime;
    QCategoryAxis* m_instancesTime;
    QValueAxis* m_coresAxis;
    QValueAxis* m_instancesAxis;
    QValueAxis* m_markAxis; // hidden: puts the denial marks just above the bottom
    QList<UsageSample> m_samples;
    QString m_type;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_alignmentQueued = false;
};

} // namespace lk
