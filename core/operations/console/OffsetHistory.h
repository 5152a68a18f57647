#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace lk {

// The recent clock offsets of each node (or node pair), for the console's
// Clock view plot: one series per name, the last `windowMs` kept.
class OffsetHistory {
public:
    struct Sample {
        qint64 atMs = 0;
        double offsetMs = 0;
    };

    explicit OffsetHistory(qint64 windowMs = 3600 * 1000)
        : m_windowMs(windowMs) {}

    void add(const QString& series, qint64 atMs, double offsetMs);
    // Drops samples older than the window before `nowMs`.
    void prune(qint64 nowMs);

    QStringList seriesNames() const { return m_series.keys(); }
    QList<Sample> samples(const QString& series) const { return m_series.value(series); }
    qint64 windowMs() const { return m_windowMs; }
    bool isEmpty() const { return m_series.isEmpty(); }
    // The largest |offset| of any sample, for scaling a plot.
    double largestMagnitude() const;

private:
    qint64 m_windowMs;
    QMap<QString, QList<Sample>> m_series;
};

} // namespace lk
