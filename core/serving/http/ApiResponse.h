#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lk {

// What a handler answers: a status, usually a JSON body, and extra headers.
struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject& object);
    static ApiResponse json(int status, const QJsonArray& array);
    // A body already written as JSON (wire::CompactJsonWriter).
    static ApiResponse jsonBytes(int status, QByteArray json);
    // The body is a wire::ErrorBody.
    static ApiResponse error(int status, const QString& code, const QString& message);
    static ApiResponse noContent();
};

} // namespace lk
