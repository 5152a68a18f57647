#include "wire/WireJson.h"

#include <QDateTime>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk::wire {

Error WireJson::invalid(const QString& message) {
    return makeError(u"invalid_request"_s, message);
}

QString WireJson::isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<QString> WireJson::string(const QJsonObject& json, const QString& field) {
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return invalid(tr("field '%1' is missing").arg(field));
    if (!value.isString())
        return invalid(tr("field '%1' must be a string").arg(field));
    return value.toString();
}

Result<qint64> WireJson::integer(const QJsonObject& json, const QString& field) {
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return invalid(tr("field '%1' is missing").arg(field));
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number))
        return invalid(tr("field '%1' must be a whole number").arg(field));
    return value.toInteger();
}

Result<bool> WireJson::boolean(const QJsonObject& json, const QString& field) {
    const QJsonValue value = json.value(field);
    if (!value.isBool())
        return invalid(tr("field '%1' must be true or false").arg(field));
    return value.toBool();
}

} // namespace lk::wire
