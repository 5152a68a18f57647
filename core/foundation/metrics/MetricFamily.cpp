#include "metrics/MetricFamily.h"

#include <QRegularExpression>

namespace lk::metrics {

namespace {

bool validName(const QByteArray& name, bool metric) {
    static const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    const QString text = QString::fromLatin1(name);
    return (metric ? metricName : labelName).match(text).hasMatch() && !text.startsWith(QStringLiteral("__"));
}

} // namespace

MetricFamily::MetricFamily(QByteArray name, QString help, QByteArrayList labelNames)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelNames(std::move(labelNames)) {
    // Names are fixed in the code: a wrong one is a programming error.
    Q_ASSERT(validName(m_name, true));
    for ([[maybe_unused]] const QByteArray& label : std::as_const(m_labelNames))
        Q_ASSERT(validName(label, false));
}

void MetricFamily::write(ExpositionWriter& out) const {
    // A labelled family without series yet has nothing to say; a HELP
    // without samples would only confuse.
    if (!hasSeries())
        return;
    out.family(m_name, type(), m_help);
    writeSeries(out);
}

QByteArray MetricFamily::renderLabels(const QStringList& values) const {
    Q_ASSERT(values.size() == m_labelNames.size());
    QByteArray rendered;
    for (qsizetype i = 0; i < m_labelNames.size(); ++i) {
        if (i > 0)
            rendered += ',';
        rendered += ExpositionWriter::renderLabel(m_labelNames[i], values.value(i));
    }
    return rendered;
}

HistogramFamily::HistogramFamily(QByteArray name, QString help, QByteArrayList labelNames,
                                 std::vector<double> bounds)
    : LabelledFamily<Histogram>(std::move(name), std::move(help), std::move(labelNames))
    , m_bounds(std::make_shared<const std::vector<double>>(std::move(bounds))) {
    Q_ASSERT(!MetricFamily::labelNames().contains("le"));
}

std::unique_ptr<Histogram> HistogramFamily::makeSeries() const {
    return std::make_unique<Histogram>(m_bounds);
}

} // namespace lk::metrics
