#include "http/ApiResponse.h"

#include "wire/ErrorBody.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {

ApiResponse ApiResponse::json(int status, const QJsonObject& object) {
    return ApiResponse{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::jsonBytes(int status, QByteArray json) {
    return ApiResponse{status, std::move(json), "application/json", {}};
}

ApiResponse ApiResponse::json(int status, const QJsonArray& array) {
    return ApiResponse{status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message) {
    return json(status, wire::ErrorBody{code, message}.toJson());
}

ApiResponse ApiResponse::noContent() {
    return ApiResponse{204, {}, {}, {}};
}

} // namespace lk
