#include "widgets/ClockPlot.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
// Distinct in light and dark palettes, and for the common colour blindnesses.
const QColor kSeriesColors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
constexpr int kMargin = 8;
constexpr int kAxisWidth = 64;
} // namespace

ClockPlot::ClockPlot(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"clockPlot"_s);
    setAccessibleName(tr("Clock offsets over the last hour"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ClockPlot::setHistory(const OffsetHistory& history, qint64 nowMs) {
    m_history = history;
    m_nowMs = nowMs;
    setAccessibleDescription(describe());
    update();
}

void ClockPlot::setThresholds(double warnMs, double criticalMs) {
    m_warnMs = warnMs;
    m_criticalMs = criticalMs;
    update();
}

double ClockPlot::rangeMs() const {
    // Show the warning band at least, and every sample with some headroom.
    const double needed = std::max(m_warnMs * 1.5, m_history.largestMagnitude() * 1.2);
    // Round up to 1, 2 or 5 times a power of ten, for readable labels.
    const double power = std::pow(10.0, std::floor(std::log10(std::max(needed, 1.0))));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= needed)
            return step * power;
    }
    return 10 * power;
}

QString ClockPlot::describe() const {
    QStringList parts;
    for (const QString& name : m_history.seriesNames()) {
        const auto samples = m_history.samples(name);
        if (!samples.isEmpty())
            parts << tr("%1: %2 ms now").arg(name).arg(samples.last().offsetMs, 0, 'f', 1);
    }
    return parts.isEmpty() ? tr("No measurement yet.") : parts.join(u"; "_s);
}

void ClockPlot::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area =
        QRectF(rect()).adjusted(kAxisWidth, kMargin, -kMargin, -kMargin - fontMetrics().height());
    painter.fillRect(area, palette().base());
    const double range = rangeMs();
    const auto yOf = [&](double ms) { return area.center().y() - ms / range * area.height() / 2; };
    const qint64 window = m_history.windowMs();
    const auto xOf = [&](qint64 atMs) {
        return area.right() - double(m_nowMs - atMs) / window * area.width();
    };

    // Threshold bands: amber beyond warning, red beyond critical.
    const auto band = [&](double from, double to, QColor color) {
        color.setAlpha(40);
        for (const int sign : {1, -1}) {
            const double top = yOf(sign * std::min(to, range));
            const double bottom = yOf(sign * std::min(from, range));
            if (from < range)
                painter.fillRect(
                    QRectF(area.left(), std::min(top, bottom), area.width(), std::abs(bottom - top)), color);
        }
    };
    band(m_warnMs, m_criticalMs, QColor(0xe6, 0x9f, 0x00));
    band(m_criticalMs, range, QColor(0xcf, 0x22, 0x2e));

    // Axes: zero line and the range labels.
    painter.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    painter.drawLine(QPointF(area.left(), yOf(0)), QPointF(area.right(), yOf(0)));
    painter.setPen(palette().text().color());
    for (const double ms : {range, 0.0, -range}) {
        const QRectF label(0, yOf(ms) - fontMetrics().height() / 2.0, kAxisWidth - 6, fontMetrics().height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, tr("%1 ms").arg(ms, 0, 'g', 4));
    }
    painter.drawText(QRectF(area.left(), area.bottom(), area.width(), fontMetrics().height()),
                     Qt::AlignLeft | Qt::AlignTop, tr("1 h ago"));
    painter.drawText(QRectF(area.left(), area.bottom(), area.width(), fontMetrics().height()),
                     Qt::AlignRight | Qt::AlignTop, tr("now"));

    int colorIndex = 0;
    int legendY = int(area.top()) + 4;
    for (const QString& name : m_history.seriesNames()) {
        const QColor color = kSeriesColors[colorIndex++ % std::size(kSeriesColors)];
        QPainterPath path;
        const auto samples = m_history.samples(name);
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QPointF point(xOf(samples[i].atMs), yOf(std::clamp(samples[i].offsetMs, -range, range)));
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        painter.setPen(QPen(color, 2));
        painter.drawPath(path);
        if (!samples.isEmpty())
            painter.drawEllipse(path.currentPosition(), 2.5, 2.5);
        painter.drawText(QPointF(area.left() + 6, legendY + fontMetrics().ascent()), name);
        legendY += fontMetrics().height();
    }
    painter.setPen(palette().mid().color());
    painter.drawRect(area);
}

} // namespace lk
