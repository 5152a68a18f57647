#include "metrics/ExpositionWriter.h"

#include <charconv>
#include <cmath>

namespace lk::metrics {

namespace {

QByteArray escaped(const QString& text, bool quotes) {
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (quotes && c == '"')
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

} // namespace

void ExpositionWriter::family(const QByteArray& name, const char* type, const QString& help) {
    m_text += "# HELP " + name + ' ' + escapeHelp(help) + '\n';
    m_text += "# TYPE " + name + ' ' + type + '\n';
}

void ExpositionWriter::sample(const QByteArray& name, const char* suffix, const QByteArray& labels,
                              double value, const QByteArray& extraLabel) {
    m_text += name;
    m_text += suffix;
    if (!labels.isEmpty() || !extraLabel.isEmpty()) {
        m_text += '{';
        m_text += labels;
        if (!labels.isEmpty() && !extraLabel.isEmpty())
            m_text += ',';
        m_text += extraLabel;
        m_text += '}';
    }
    m_text += ' ';
    m_text += formatValue(value);
    m_text += '\n';
}

QByteArray ExpositionWriter::renderLabel(const QByteArray& name, const QString& value) {
    return name + "=\"" + escapeLabelValue(value) + '"';
}

QByteArray ExpositionWriter::escapeLabelValue(const QString& value) {
    return escaped(value, true);
}

QByteArray ExpositionWriter::escapeHelp(const QString& help) {
    return escaped(help, false);
}

QByteArray ExpositionWriter::formatValue(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // Counts and timestamps stay readable (no exponent) up to 2^53, where
    // every integer is still exact in a double.
    constexpr double kExactIntegers = 9007199254740992.0;
    if (value == std::trunc(value) && std::fabs(value) < kExactIntegers)
        return QByteArray::number(qint64(value));
    // Shortest exact digits, in %g's layout: 0.0005 rather than 5e-04, as
    // other Prometheus clients write bucket bounds.
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::general).ptr;
    return QByteArray(buffer, end - buffer);
}

} // namespace lk::metrics
