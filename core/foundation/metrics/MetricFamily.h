#pragma once

#include "metrics/Counter.h"
#include "metrics/Gauge.h"
#include "metrics/Histogram.h"

#include <QByteArrayList>
#include <QHash>
#include <QStringList>
#include <memory>
#include <vector>

namespace lk::metrics {

// One metric name with its help text, type and label names, and its series:
// one per combination of label values. Series are made on first use and
// never move, so a caller may keep a reference for its hot path.
class MetricFamily {
public:
    MetricFamily(QByteArray name, QString help, QByteArrayList labelNames);
    virtual ~MetricFamily() = default;
    MetricFamily(const MetricFamily&) = delete;
    MetricFamily& operator=(const MetricFamily&) = delete;

    const QByteArray& name() const { return m_name; }
    const QByteArrayList& labelNames() const { return m_labelNames; }
    virtual const char* type() const = 0;
    void write(ExpositionWriter& out) const;

protected:
    // `a="x",b="y"` for the family's label names and these values.
    QByteArray renderLabels(const QStringList& values) const;
    virtual void writeSeries(ExpositionWriter& out) const = 0;
    virtual bool hasSeries() const = 0;

private:
    QByteArray m_name;
    QString m_help;
    QByteArrayList m_labelNames;
};

template <typename Series> class LabelledFamily : public MetricFamily {
public:
    using MetricFamily::MetricFamily;

    const char* type() const override { return Series::kType; }

    // The series for these label values (one per label name), made if new.
    Series& labels(const QStringList& values) {
        QByteArray rendered = renderLabels(values);
        if (const auto found = m_index.constFind(rendered); found != m_index.cend())
            return *m_series[*found].series;
        m_index.insert(rendered, m_series.size());
        m_series.push_back(Entry{std::move(rendered), makeSeries()});
        return *m_series.back().series;
    }
    // The only series of a family without labels.
    Series& get() { return labels({}); }
    // Drops every series: for values collected afresh at each scrape, so that
    // a label value that went away (a component type no longer licensed)
    // stops being reported. References to the old series become invalid.
    void clear() {
        m_series.clear();
        m_index.clear();
    }

protected:
    virtual std::unique_ptr<Series> makeSeries() const = 0;
    void writeSeries(ExpositionWriter& out) const override {
        for (const Entry& entry : m_series)
            entry.series->write(out, name(), entry.labels);
    }
    bool hasSeries() const override { return !m_series.empty(); }

private:
    struct Entry {
        QByteArray labels;
        std::unique_ptr<Series> series;
    };
    std::vector<Entry> m_series;
    QHash<QByteArray, size_t> m_index;
};

// A family whose series need nothing to be made.
template <typename Series> class PlainFamily final : public LabelledFamily<Series> {
public:
    using LabelledFamily<Series>::LabelledFamily;

protected:
    std::unique_ptr<Series> makeSeries() const override { return std::make_unique<Series>(); }
};

using CounterFamily = PlainFamily<Counter>;
using GaugeFamily = PlainFamily<Gauge>;

class HistogramFamily final : public LabelledFamily<Histogram> {
public:
    HistogramFamily(QByteArray name, QString help, QByteArrayList labelNames, std::vector<double> bounds);
    const std::vector<double>& bounds() const { return *m_bounds; }

protected:
    std::unique_ptr<Histogram> makeSeries() const override;

private:
    Histogram::Bounds m_bounds;
};

} // namespace lk::metrics
