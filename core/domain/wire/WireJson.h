#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk::wire {

// Reading one field of an API body, with the error text the server has always
// given for a bad request ("field 'x' must be ..."). Error code
// "invalid_request", so a server can answer it as a 400 as it is.
class WireJson {
    Q_DECLARE_TR_FUNCTIONS(WireJson)

public:
    static Result<QString> string(const QJsonObject& json, const QString& field);
    static Result<qint64> integer(const QJsonObject& json, const QString& field);
    static Result<bool> boolean(const QJsonObject& json, const QString& field);
    static Error invalid(const QString& message);
    // A time in answers: UTC with milliseconds, e.g. 2027-01-31T00:00:00.000Z.
    static QString isoTime(qint64 ms);
};

} // namespace lk::wire
