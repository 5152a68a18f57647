#pragma once

#include <QByteArray>
#include <QString>

namespace lk::metrics {

// Writes the Prometheus text exposition format, version 0.0.4: "# HELP" and
// "# TYPE" lines per family, then one line per sample. Label sets arrive
// already rendered (renderLabel), so a scrape formats only the values.
class ExpositionWriter {
public:
    static constexpr const char* kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // "# HELP name help" and "# TYPE name type" (counter, gauge, histogram).
    void family(const QByteArray& name, const char* type, const QString& help);
    // name + suffix {labels[,extraLabel]} value. `labels` is a rendered label
    // list such as `a="x",b="y"` (or empty); `extraLabel` one more, e.g. le="0.5".
    void sample(const QByteArray& name, const char* suffix, const QByteArray& labels, double value,
                const QByteArray& extraLabel = {});

    const QByteArray& text() const { return m_text; }

    // name="escaped value", for the label lists that sample() takes.
    static QByteArray renderLabel(const QByteArray& name, const QString& value);
    // Backslash, double quote and line feed escaped, as label values need.
    static QByteArray escapeLabelValue(const QString& value);
    // Backslash and line feed escaped, as HELP text needs.
    static QByteArray escapeHelp(const QString& help);
    // Integers as integers, other values in their shortest exact form, and
    // +Inf, -Inf, NaN as the format spells them.
    static QByteArray formatValue(double value);

private:
    QByteArray m_text;
};

} // namespace lk::metrics
