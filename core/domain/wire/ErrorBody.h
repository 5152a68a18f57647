#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace lk::wire {

// Every error answer of the API (schema Error): a stable code for programs
// and an English message for people.
struct ErrorBody {
    QString error;
    QString message;

    QJsonObject toJson() const;
    // Fails when `error` is missing: the body is not one of ours (a proxy's
    // page, say), and the caller should describe the HTTP status instead.
    static Result<ErrorBody> fromJson(const QJsonObject& json);
    // Whatever error and message the body holds, empty when it holds none.
    static ErrorBody read(const QJsonObject& json);
    // What a client shows for any non-success answer: the body's error and
    // message when there are some, else "http_<status>" and no message.
    static ErrorBody ofAnswer(int httpStatus, const QJsonObject& json);
};

} // namespace lk::wire
