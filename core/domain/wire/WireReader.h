#pragma once

#include "util/Result.h"
#include "wire/WireJson.h"

#include <QJsonObject>
#include <optional>

namespace lk::wire {

// Reads the required fields of one API body in turn and keeps the first
// error, so that a fromJson() names each field once instead of checking it
// and returning. The errors are WireJson's; a field read after an error gives
// its empty value.
class WireReader {
public:
    explicit WireReader(const QJsonObject& json)
        : m_json(json) {}

    QString string(const QString& field) { return take(WireJson::string(m_json, field)); }
    qint64 integer(const QString& field) { return take(WireJson::integer(m_json, field)); }
    bool boolean(const QString& field) { return take(WireJson::boolean(m_json, field)); }

    // `value` when every field read was valid, else the first error.
    template <typename T> Result<T> result(T value) const {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    template <typename T> T take(Result<T> read) {
        if (read)
            return std::move(read).value();
        if (!m_error)
            m_error = read.error();
        return T();
    }

    const QJsonObject& m_json;
    std::optional<Error> m_error;
};

} // namespace lk::wire
