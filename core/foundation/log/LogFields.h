#pragma once

#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>

namespace lk {

// Structured fields that go with one log line: --log-format json writes
// them as top-level keys next to the message; the plain format ignores them
// (the message says it all in words).
class LogFields {
public:
    struct Field {
        QLatin1StringView key; // a literal: lease_id, component, ...
        QJsonValue value;
    };

    LogFields& add(QLatin1StringView key, const QJsonValue& value) {
        m_fields.append(Field{key, value});
        return *this;
    }
    const QList<Field>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    // The fields of the log call in progress on this thread, or null.
    static const LogFields* current();

private:
    friend class ScopedLogFields;
    QList<Field> m_fields;
};

// Hands `fields` to the message handler for the log calls made while it
// lives, on this thread only (a thread_local: the store worker and the
// event loop can log at the same time without mixing their fields).
//
//     ScopedLogFields scope(fields);
//     qCInfo(lcLease).noquote() << message;
class ScopedLogFields {
public:
    explicit ScopedLogFields(const LogFields& fields);
    ~ScopedLogFields();
    ScopedLogFields(const ScopedLogFields&) = delete;
    ScopedLogFields& operator=(const ScopedLogFields&) = delete;

private:
    const LogFields* m_previous;
};

} // namespace lk
