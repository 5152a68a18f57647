#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <initializer_list>
#include <utility>
#include <variant>

namespace lk::wire {

// The plain fields of one object of the API, each JSON name with the member
// that holds it, so that toJson() and fromJson() read the name from one list.
// Reading is lenient: a field that is absent or of another type reads as
// empty, 0 or false.
template <typename S> class WireFields {
public:
    using Member = std::variant<QString S::*, qint64 S::*, int S::*, bool S::*>;

    WireFields(std::initializer_list<std::pair<QString, Member>> fields)
        : m_fields(fields) {}

    QJsonObject toJson(const S& from) const {
        QJsonObject json;
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        for (const auto& field : m_fields)
            std::visit([&](auto member) { json.insert(field.first, from.*member); }, field.second);
        return json;
    }

    void read(const QJsonObject& json, S& into) const {
        for (const auto& field : m_fields)
            std::visit([&](auto member) { assign(into.*member, json.value(field.first)); }, field.second);
    }

private:
    static void assign(QString& to, const QJsonValue& value) { to = value.toString(); }
    static void assign(qint64& to, const QJsonValue& value) { to = value.toInteger(); }
    static void assign(int& to, const QJsonValue& value) { to = value.toInt(); }
    static void assign(bool& to, const QJsonValue& value) { to = value.toBool(); }

    QList<std::pair<QString, Member>> m_fields;
};

} // namespace lk::wire
