#include "wire/JsonObjectSplitter.h"

namespace lk::wire {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A cursor over the text; every scan returns false when the text ends
// before the thing scanned does.
class Cursor {
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text) {}

    qsizetype at() const { return m_at; }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return m_text[m_at]; }
    QByteArrayView slice(qsizetype from) const { return m_text.sliced(from, m_at - from); }

    void skipSpace() {
        while (!atEnd() && isSpace(peek()))
            ++m_at;
    }
    bool take(char c) {
        skipSpace();
        if (atEnd() || peek() != c)
            return false;
        ++m_at;
        return true;
    }
    // From an opening quote to just past its closing one.
    bool skipString() {
        if (atEnd() || peek() != '"')
            return false;
        for (++m_at; m_at < m_text.size(); ++m_at) {
            if (m_text[m_at] == '\\')
                ++m_at; // whatever is escaped, it does not end the string
            else if (m_text[m_at] == '"') {
                ++m_at;
                return true;
            }
        }
        return false;
    }
    // One value of any kind: nested objects and arrays are skipped whole;
    // a number or literal runs to the next delimiter.
    bool skipValue() {
        skipSpace();
        if (atEnd())
            return false;
        if (peek() == '"')
            return skipString();
        if (peek() != '{' && peek() != '[') {
            const qsizetype from = m_at;
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && !isSpace(peek()))
                ++m_at;
            return m_at > from;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

bool splitArray(Cursor& cursor, QList<QByteArrayView>& elements) {
    if (cursor.take(']'))
        return true;
    do {
        cursor.skipSpace();
        const qsizetype from = cursor.at();
        if (!cursor.skipValue())
            return false;
        elements.append(cursor.slice(from));
    } while (cursor.take(','));
    return cursor.take(']');
}

} // namespace

std::optional<JsonObjectSplitter::Parts> JsonObjectSplitter::split(QByteArrayView text,
                                                                   QByteArrayView arrayKey) {
    Parts parts;
    Cursor cursor(text);
    if (!cursor.take('{'))
        return std::nullopt;
    parts.rest = "{";
    if (!cursor.take('}')) {
        do {
            cursor.skipSpace();
            const qsizetype keyFrom = cursor.at();
            if (!cursor.skipString())
                return std::nullopt;
            const QByteArrayView key = cursor.slice(keyFrom);
            if (!cursor.take(':'))
                return std::nullopt;
            cursor.skipSpace();
            const bool isArrayMember =
                key.size() == arrayKey.size() + 2 && key.sliced(1, arrayKey.size()) == arrayKey;
            if (isArrayMember && parts.arrayFound)
                return std::nullopt; // the key twice: leave the choice to QJsonDocument
            if (isArrayMember && !cursor.atEnd() && cursor.peek() == '[') {
                cursor.take('[');
                if (!splitArray(cursor, parts.elements))
                    return std::nullopt;
                parts.arrayFound = true;
                continue;
            }
            const qsizetype valueFrom = cursor.at();
            if (!cursor.skipValue())
                return std::nullopt;
            if (parts.rest.size() > 1)
                parts.rest += ',';
            parts.rest += key.toByteArray() + ':' + cursor.slice(valueFrom).toByteArray();
        } while (cursor.take(','));
        if (!cursor.take('}'))
            return std::nullopt;
    }
    cursor.skipSpace();
    if (!cursor.atEnd())
        return std::nullopt; // something after the object
    parts.rest += '}';
    return parts;
}

} // namespace lk::wire
