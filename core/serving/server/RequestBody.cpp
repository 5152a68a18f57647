#include "server/RequestBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error invalid(const QString& message) {
    return makeError(u"invalid_request"_s, message);
}

} // namespace

Result<QJsonObject> RequestBody::jsonObject(const QByteArray& body) {
    if (body.trimmed().isEmpty())
        return invalid(tr("the request body is empty; send a JSON object"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)
        return invalid(tr("the request body is not valid UTF-8 (byte %1)").arg(error.offset));
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("the request body is not valid JSON: %1 at byte %2")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!document.isObject())
        return invalid(tr("the request body must be a JSON object"));
    return document.object();
}

} // namespace lk
