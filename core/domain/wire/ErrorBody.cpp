#include "wire/ErrorBody.h"

#include "wire/WireReader.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject ErrorBody::toJson() const {
    return QJsonObject{{u"error"_s, error}, {u"message"_s, message}};
}

Result<ErrorBody> ErrorBody::fromJson(const QJsonObject& json) {
    WireReader read(json);
    const ErrorBody body{read.string(u"error"_s), json.value(u"message"_s).toString()};
    return read.result(body);
}

ErrorBody ErrorBody::read(const QJsonObject& json) {
    return ErrorBody{json.value(u"error"_s).toString(), json.value(u"message"_s).toString()};
}

ErrorBody ErrorBody::ofAnswer(int httpStatus, const QJsonObject& json) {
    ErrorBody body = read(json);
    if (!json.value(u"error"_s).isString())
        body.error = u"http_%1"_s.arg(httpStatus);
    return body;
}

} // namespace lk::wire
