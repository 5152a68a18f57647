#include "http/ApiResponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {

ApiResponse ApiResponse::json(int status, const QJsonObject& object) {
    return ApiResponse{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(int status, const QJsonArray& array) {
    return ApiResponse{status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message) {
    return json(status, QJsonObject{{u"error"_s, code}, {u"message"_s, message}});
}

ApiResponse ApiResponse::noContent() {
    return ApiResponse{204, {}, {}, {}};
}

} // namespace lk
