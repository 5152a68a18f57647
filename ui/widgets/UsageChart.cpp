#include "widgets/UsageChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// The colour-blind-safe colours ClockPlot uses: cores blue, instances
// orange, denials vermillion.
const QColor kCoresColor(0x00, 0x72, 0xb2);
const QColor kInstancesColor(0xe6, 0x9f, 0x00);
const QColor kDenialColor(0xd5, 0x5e, 0x00);
// Where the denial marks sit on their hidden 0..1 axis: low, yet far enough
// from the edge that the plot area does not cut a mark in half.
constexpr double kMarkHeight = 0.06;
// Time labels are at least this far apart; their number follows the width.
constexpr int kPixelsPerTimeLabel = 120;
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
// Points are drawn only while they stay apart.
constexpr int kMostVisiblePoints = 72;

// Series and axes belong to the chart once added to it.
QLineSeries* line(const QString& name, const QColor& color, Qt::PenStyle style) {
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color, style == Qt::SolidLine ? 2.5 : 1.5, style);
    series->setPen(pen);
    return series;
}

QScatterSeries* marks(const QString& name, const QColor& color, QScatterSeries::MarkerShape shape) {
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(color.darker(130));
    series->setMarkerShape(shape);
    series->setMarkerSize(11);
    return series;
}

// 0 to a round number above `largest`, with headroom for the peak's label,
// and ticks at whole multiples of 1, 2 or 5 times a power of ten.
void fitFromZero(QValueAxis* axis, double largest) {
    const double needed = std::max(largest * 1.2, 1.0);
    const double rough = needed / 6;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (const double multiple : {1.0, 2.0, 5.0}) {
        if (multiple * power >= rough) {
            step = multiple * power;
            break;
        }
    }
    step = std::max(step, 1.0); // instances and cores are whole numbers
    const int intervals = int(std::ceil(needed / step));
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
}

// The shortest round interval between time labels that leaves at most
// `labels` of them over `spanMs`.
qint64 labelIntervalMs(qint64 spanMs, int labels) {
    static const qint64 intervals[] = {
        5 * kMinuteMs, 10 * kMinuteMs, 15 * kMinuteMs, 30 * kMinuteMs, kHourMs,     2 * kHourMs,
        3 * kHourMs,   4 * kHourMs,    6 * kHourMs,    12 * kHourMs,   kDayMs,      2 * kDayMs,
        7 * kDayMs,    14 * kDayMs,    30 * kDayMs,    60 * kDayMs,    90 * kDayMs, 180 * kDayMs,
    };
    for (const qint64 interval : intervals) {
        if (spanMs / interval < labels)
            return interval;
    }
    return std::end(intervals)[-1];
}

// The first whole multiple of `intervalMs` in local time at or after `ms`,
// so that labels read 14:00 or 7 Dec rather than 13:47.
qint64 firstLabelMs(qint64 ms, qint64 intervalMs) {
    const qint64 offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()) * 1000;
    const qint64 local = ms + offsetMs;
    const qint64 floor = local - ((local % intervalMs) + intervalMs) % intervalMs;
    return (floor == local ? floor : floor + intervalMs) - offsetMs;
}

// Labels must differ (the axis keys its categories by them): the date
// once the span holds the same time of day twice.
QString labelFormat(qint64 spanMs, qint64 intervalMs) {
    if (intervalMs >= 30 * kDayMs)
        return u"MMM yyyy"_s;
    if (intervalMs >= kDayMs)
        return u"d MMM"_s;
    return spanMs < kDayMs ? u"HH:mm"_s : u"d MMM HH:mm"_s;
}

// A new plot area takes effect at the chart's next layout pass, which is
// otherwise an event away: an export may grab the chart before that.
void relayOut(QChart* chart) {
    chart->layout()->invalidate();
    chart->layout()->activate();
}

} // namespace

UsageChart::UsageChart(QWidget* parent)
    : QWidget(parent)
    , m_coresView(addPane(3))
    , m_instancesView(addPane(2))
    , m_cores(line(tr("Cores in use"), kCoresColor, Qt::SolidLine))
    , m_coresAllowed(line(tr("Cores allowed"), kCoresColor, Qt::DashLine))
    , m_instances(line(tr("Instances in use"), kInstancesColor, Qt::SolidLine))
    , m_instancesAllowed(line(tr("Instances allowed"), kInstancesColor, Qt::DashLine))
    , m_peak(marks(tr("Peak"), kCoresColor, QScatterSeries::MarkerShapeCircle))
    , m_denials(marks(tr("Denials"), kDenialColor, QScatterSeries::MarkerShapeTriangle))
    , m_coresTime(new QCategoryAxis)
    , m_instancesTime(new QCategoryAxis)
    , m_coresAxis(new QValueAxis)
    , m_instancesAxis(new QValueAxis)
    , m_markAxis(new QValueAxis) {
    setObjectName(u"usageChart"_s);
    setAccessibleName(tr("Usage over time"));
    setMinimumSize(480, 360);
    setUpCoresPane();
    setUpInstancesPane();
    clear(tr("No usage read yet."));
}

QChartView* UsageChart::addPane(int stretch) {
    if (!layout()) {
        auto* panes = new QVBoxLayout(this);
        panes->setContentsMargins(0, 0, 0, 0);
        panes->setSpacing(0);
    }
    auto* view = new QChartView(new QChart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->chart()->legend()->setAlignment(Qt::AlignTop);
    // Lines in the legend, dashed where the series is: allowed reads apart from in use.
    view->chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    view->installEventFilter(this);
    static_cast<QVBoxLayout*>(layout())->addWidget(view, stretch);
    return view;
}

void UsageChart::setUpCoresPane() {
    QChart* chart = m_coresView->chart();
    // The lower pane labels the times; this one only draws their grid lines.
    m_coresTime->setLabelsVisible(false);
    m_coresTime->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(m_coresTime, Qt::AlignBottom);
    m_coresAxis->setTitleText(tr("Cores"));
    m_coresAxis->setLabelFormat(u"%i"_s);
    chart->addAxis(m_coresAxis, Qt::AlignLeft);
    m_markAxis->setRange(0, 1);
    m_markAxis->setVisible(false);
    chart->addAxis(m_markAxis, Qt::AlignRight);
    // In the legend's order; each is drawn over the ones before it.
    attach(chart, m_cores, m_coresTime, m_coresAxis);
    attach(chart, m_coresAllowed, m_coresTime, m_coresAxis);
    attach(chart, m_denials, m_coresTime, m_markAxis);
    attach(chart, m_peak, m_coresTime, m_coresAxis);
    m_peak->setPointLabelsVisible(true);
    m_peak->setPointLabelsClipping(false);
    QFont bold = m_peak->pointLabelsFont();
    bold.setBold(true);
    m_peak->setPointLabelsFont(bold);
    // The label on the chart says what it is; a legend entry would repeat it.
    for (QLegendMarker* marker : chart->legend()->markers(m_peak))
        marker->setVisible(false);
}

void UsageChart::setUpInstancesPane() {
    QChart* chart = m_instancesView->chart();
    m_instancesTime->setTitleText(tr("Local time"));
    m_instancesTime->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(m_instancesTime, Qt::AlignBottom);
    m_instancesAxis->setTitleText(tr("Instances"));
    m_instancesAxis->setLabelFormat(u"%i"_s);
    chart->addAxis(m_instancesAxis, Qt::AlignLeft);
    attach(chart, m_instances, m_instancesTime, m_instancesAxis);
    attach(chart, m_instancesAllowed, m_instancesTime, m_instancesAxis);
}

void UsageChart::attach(QChart* chart, QXYSeries* series, QCategoryAxis* time, QValueAxis* values) {
    chart->addSeries(series);
    series->attachAxis(time);
    series->attachAxis(values);
    connect(series, &QXYSeries::hovered, this, &UsageChart::showToolTip);
}

QList<QXYSeries*> UsageChart::allSeries() const {
    return {m_cores, m_coresAllowed, m_instances, m_instancesAllowed, m_peak, m_denials};
}

void UsageChart::setSamples(const QString& type, const QList<UsageSample>& samples, qint64 fromMs,
                            qint64 toMs) {
    m_type = type;
    m_samples = samples;
    QList<QPointF> cores, coresAllowed, instances, instancesAllowed;
    for (const UsageSample& sample : samples) {
        const auto x = qreal(sample.atMs);
        cores.append({x, qreal(sample.cores)});
        coresAllowed.append({x, qreal(sample.allowedCores)});
        instances.append({x, qreal(sample.instances)});
        instancesAllowed.append({x, qreal(sample.allowedInstances)});
    }
    m_cores->replace(cores);
    m_coresAllowed->replace(coresAllowed);
    m_instances->replace(instances);
    m_instancesAllowed->replace(instancesAllowed);
    const bool sparse = samples.size() <= kMostVisiblePoints;
    m_cores->setPointsVisible(sparse);
    m_instances->setPointsVisible(sparse);
    showPeak(samples);
    showDenials(samples);
    fitValueAxes(samples);
    m_fromMs = fromMs;
    m_toMs = toMs;
    fitTimeAxes();
    m_coresView->chart()->setTitle(samples.isEmpty() ? tr("%1: no usage recorded in this period").arg(type)
                                                     : tr("%1: in use and allowed").arg(type));
    setAccessibleDescription(describe());
    scheduleAlignment();
}

void UsageChart::clear(const QString& why) {
    m_type.clear();
    m_samples.clear();
    for (QXYSeries* series : allSeries())
        series->clear();
    fitValueAxes({});
    m_fromMs = m_toMs = 0;
    fitTimeAxes();
    m_coresView->chart()->setTitle(why);
    setAccessibleDescription(why);
    scheduleAlignment();
}

void UsageChart::showPeak(const QList<UsageSample>& samples) {
    // The first period that reached the most cores: when the peak began.
    const auto most =
        std::max_element(samples.cbegin(), samples.cend(),
                         [](const UsageSample& a, const UsageSample& b) { return a.cores < b.cores; });
    m_peak->clear();
    if (most == samples.cend() || most->cores == 0)
        return;
    m_peak->append(qreal(most->atMs), qreal(most->cores));
    // No @xPoint or @yPoint in it: the label is this text as it stands.
    m_peak->setPointLabelsFormat(tr("peak %n core(s)", "", int(most->cores)));
}

void UsageChart::showDenials(const QList<UsageSample>& samples) {
    QList<QPointF> points;
    for (const UsageSample& sample : samples) {
        if (sample.denials > 0)
            points.append({qreal(sample.atMs), kMarkHeight});
    }
    m_denials->replace(points);
}

QString UsageChart::peakLabel() const {
    return m_peak->count() == 0 ? QString() : m_peak->pointLabelsFormat();
}

void UsageChart::fitValueAxes(const QList<UsageSample>& samples) {
    qint64 cores = 0;
    int instances = 0;
    for (const UsageSample& sample : samples) {
        cores = std::max({cores, sample.cores, sample.allowedCores});
        instances = std::max({instances, sample.instances, sample.allowedInstances});
    }
    fitFromZero(m_coresAxis, double(cores));
    fitFromZero(m_instancesAxis, double(instances));
}

void UsageChart::fitTimeAxes() {
    const qint64 spanMs = std::max<qint64>(m_toMs - m_fromMs, 1);
    const qint64 intervalMs = labelIntervalMs(spanMs, std::max(2, width() / kPixelsPerTimeLabel));
    const QString format = labelFormat(spanMs, intervalMs);
    for (QCategoryAxis* axis : {m_coresTime, m_instancesTime}) {
        for (const QString& label : axis->categoriesLabels())
            axis->remove(label);
        if (m_toMs <= m_fromMs)
            continue; // nothing shown: no times either
        axis->setRange(qreal(m_fromMs), qreal(m_toMs));
        axis->setStartValue(qreal(m_fromMs));
        // None right at the end, where the pane would cut its label in half.
        for (qint64 at = firstLabelMs(m_fromMs, intervalMs); at <= m_toMs - intervalMs / 3; at += intervalMs)
            axis->append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), format), qreal(at));
    }
}

void UsageChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitTimeAxes();
}

bool UsageChart::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize)
        scheduleAlignment(); // once the pane has taken its new size
    return QWidget::eventFilter(watched, event);
}

void UsageChart::scheduleAlignment() {
    if (std::exchange(m_alignmentQueued, true))
        return;
    QMetaObject::invokeMethod(this, &UsageChart::alignPlotAreas, Qt::QueuedConnection);
}

void UsageChart::alignPlotAreas() {
    m_alignmentQueued = false;
    // Each pane's axis labels take their own width: lay both out on their
    // own, then plot both between the larger left and the smaller right.
    const std::array<QChart*, 2> charts{m_coresView->chart(), m_instancesView->chart()};
    for (QChart* chart : charts) {
        chart->setPlotArea(QRectF());
        relayOut(chart);
    }
    const QRectF cores = charts[0]->plotArea();
    const QRectF instances = charts[1]->plotArea();
    const qreal left = std::max(cores.left(), instances.left());
    const qreal right = std::min(cores.right(), instances.right());
    charts[0]->setPlotArea(QRectF(left, cores.top(), right - left, cores.height()));
    charts[1]->setPlotArea(QRectF(left, instances.top(), right - left, instances.height()));
    for (QChart* chart : charts)
        relayOut(chart);
}

QRectF UsageChart::coresPlotArea() const {
    return m_coresView->chart()->plotArea();
}

QRectF UsageChart::instancesPlotArea() const {
    return m_instancesView->chart()->plotArea();
}

QImage UsageChart::toImage() {
    // The last answer's changes may still wait for the next layout pass.
    alignPlotAreas();
    return grab().toImage();
}

void UsageChart::showToolTip(const QPointF& point, bool hovering) {
    if (!hovering || m_samples.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // The period whose start is nearest to where the pointer is.
    const auto nearest = std::min_element(
        m_samples.cbegin(), m_samples.cend(), [x = point.x()](const UsageSample& a, const UsageSample& b) {
            return std::abs(qreal(a.atMs) - x) < std::abs(qreal(b.atMs) - x);
        });
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(nearest->atMs), QLocale::ShortFormat);
    QString text = tr("%1\n%2 of %3 instances, %4 of %5 cores")
                       .arg(when)
                       .arg(nearest->instances)
                       .arg(nearest->allowedInstances)
                       .arg(nearest->cores)
                       .arg(nearest->allowedCores);
    if (nearest->denials > 0)
        text += u'\n' + tr("Grants denied: %1").arg(nearest->denials);
    QToolTip::showText(QCursor::pos(), text, this);
}

QString UsageChart::describe() const {
    if (m_samples.isEmpty())
        return m_coresView->chart()->title();
    int denials = 0;
    for (const UsageSample& sample : m_samples)
        denials += sample.denials;
    const UsageSample& last = m_samples.last();
    return tr("%1: %2 periods. Last: %3 of %4 instances, %5 of %6 cores. %7 %8")
        .arg(m_type)
        .arg(m_samples.size())
        .arg(last.instances)
        .arg(last.allowedInstances)
        .arg(last.cores)
        .arg(last.allowedCores)
        .arg(peakLabel(), tr("Grants denied: %1.").arg(denials));
}

} // namespace lk
