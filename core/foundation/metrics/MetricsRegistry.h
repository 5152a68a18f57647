#pragma once

#include "metrics/MetricFamily.h"

namespace lk::metrics {

// The families of one process, written in the order they were added. Add
// families and series and scrape on one thread; counters and histograms may
// be updated from any thread.
class MetricsRegistry {
public:
    CounterFamily& counter(QByteArray name, QString help, QByteArrayList labelNames = {});
    GaugeFamily& gauge(QByteArray name, QString help, QByteArrayList labelNames = {});
    HistogramFamily& histogram(QByteArray name, QString help, QByteArrayList labelNames,
                               std::vector<double> bounds);

    // The whole exposition, ready to send with ExpositionWriter::kContentType.
    QByteArray expose() const;

private:
    template <typename Family> Family& add(std::unique_ptr<Family> family);

    std::vector<std::unique_ptr<MetricFamily>> m_families;
};

} // namespace lk::metrics
