#include "wire/CompactJsonWriter.h"

namespace lk::wire {

CompactJsonWriter& CompactJsonWriter::member(QLatin1StringView name, qint64 value) {
    this->name(name);
    m_out.append(QByteArray::number(value));
    return *this;
}

CompactJsonWriter& CompactJsonWriter::member(QLatin1StringView name, QStringView value) {
    this->name(name);
    string(value);
    return *this;
}

QByteArray CompactJsonWriter::finish() {
    m_out.append(m_out.isEmpty() ? "{}" : "}");
    return std::move(m_out);
}

void CompactJsonWriter::name(QLatin1StringView name) {
    m_out.append(m_out.isEmpty() ? '{' : ',');
    m_out.append('"').append(name.data(), name.size()).append("\":");
}

// Escapes as QJsonDocument does: the two-character forms where JSON has
// them, \u00XX for the other control characters and \uXXXX for a surrogate
// without its pair, UTF-8 for the rest.
void CompactJsonWriter::string(QStringView value) {
    m_out.append('"');
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t unit = value[i].unicode();
        if (unit < 0x80) {
            ascii(char(unit));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            m_out.append(value.sliced(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            escaped(unit);
        } else {
            m_out.append(value.sliced(i, 1).toUtf8());
        }
    }
    m_out.append('"');
}

void CompactJsonWriter::ascii(char c) {
    switch (c) {
    case '"':
        m_out.append("\\\"");
        break;
    case '\\':
        m_out.append("\\\\");
        break;
    case '\b':
        m_out.append("\\b");
        break;
    case '\f':
        m_out.append("\\f");
        break;
    case '\n':
        m_out.append("\\n");
        break;
    case '\r':
        m_out.append("\\r");
        break;
    case '\t':
        m_out.append("\\t");
        break;
    default:
        if (static_cast<unsigned char>(c) < 0x20)
            escaped(char16_t(c));
        else
            m_out.append(c);
    }
}

void CompactJsonWriter::escaped(char16_t unit) {
    static constexpr char kHex[] = "0123456789abcdef";
    const char text[] = {
        '\\', 'u', kHex[unit >> 12], kHex[(unit >> 8) & 0xf], kHex[(unit >> 4) & 0xf], kHex[unit & 0xf]};
    m_out.append(text, sizeof text);
}

} // namespace lk::wire
