#include "metrics/MetricsRegistry.h"

namespace lk::metrics {

template <typename Family> Family& MetricsRegistry::add(std::unique_ptr<Family> family) {
#ifndef QT_NO_DEBUG
    for (const auto& existing : m_families)
        Q_ASSERT(existing->name() != family->name());
#endif
    Family& added = *family;
    m_families.push_back(std::move(family));
    return added;
}

CounterFamily& MetricsRegistry::counter(QByteArray name, QString help, QByteArrayList labelNames) {
    return add(std::make_unique<CounterFamily>(std::move(name), std::move(help), std::move(labelNames)));
}

GaugeFamily& MetricsRegistry::gauge(QByteArray name, QString help, QByteArrayList labelNames) {
    return add(std::make_unique<GaugeFamily>(std::move(name), std::move(help), std::move(labelNames)));
}

HistogramFamily& MetricsRegistry::histogram(QByteArray name, QString help, QByteArrayList labelNames,
                                            std::vector<double> bounds) {
    return add(std::make_unique<HistogramFamily>(std::move(name), std::move(help), std::move(labelNames),
                                                 std::move(bounds)));
}

QByteArray MetricsRegistry::expose() const {
    ExpositionWriter out;
    for (const auto& family : m_families)
        family->write(out);
    return out.text();
}

} // namespace lk::metrics
