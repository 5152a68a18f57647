#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace lk::wire {

// Writes one flat JSON object straight into bytes, for the answers sent
// thousands of times a second (a renewal's): the same bytes as
// QJsonDocument(object).toJson(Compact), without building the object. The
// caller adds the members in the order Qt writes them, by name.
class CompactJsonWriter {
public:
    CompactJsonWriter() { m_out.reserve(192); }

    CompactJsonWriter& member(QLatin1StringView name, qint64 value);
    CompactJsonWriter& member(QLatin1StringView name, QStringView value);
    // The object, closed; the writer is left empty.
    QByteArray finish();

private:
    void name(QLatin1StringView name);
    void string(QStringView value);
    void ascii(char c);
    void escaped(char16_t unit); // as \uXXXX

    QByteArray m_out;
};

} // namespace lk::wire
