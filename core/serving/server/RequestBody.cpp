#include "server/RequestBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error invalid(const QString& message) {
    return makeError(u"invalid_request"_s, message);
}

std::optional<qint64> parseInteger(const QString& text) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
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

Result<HistoryQuery> RequestBody::historyQuery(const QUrlQuery& query) {
    HistoryQuery history;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"since_ms"_s || key == u"until_ms"_s) {
            const auto ms = parseInteger(value);
            if (!ms)
                return invalid(tr("'%1' must be milliseconds since the epoch").arg(key));
            (key == u"since_ms"_s ? history.sinceMs : history.untilMs) = *ms;
        } else if (key == u"component"_s) {
            history.component = value;
        } else if (key == u"reason"_s) {
            if (!endReasonFromString(value) && !denialReasonFromString(value))
                return invalid(tr("'%1' is not an end reason or a denial reason").arg(value));
            history.reason = value;
        } else if (key == u"limit"_s) {
            const auto limit = parseInteger(value);
            if (!limit || *limit < 1 || *limit > 100000)
                return invalid(tr("'limit' must be a whole number from 1 to 100000"));
            history.limit = int(*limit);
        } else {
            return invalid(
                tr("unknown query parameter '%1'; use since_ms, until_ms, component, reason or limit")
                    .arg(key));
        }
    }
    return history;
}

} // namespace lk
