#include "wire/AuditParameters.h"

#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QUrlQuery AuditParameters::toQuery(const AuditQuery& query) {
    QUrlQuery parameters;
    if (query.sinceMs)
        parameters.addQueryItem(u"since_ms"_s, QString::number(*query.sinceMs));
    if (query.untilMs)
        parameters.addQueryItem(u"until_ms"_s, QString::number(*query.untilMs));
    if (!query.action.isEmpty())
        parameters.addQueryItem(u"action"_s, query.action);
    if (!query.actor.isEmpty())
        parameters.addQueryItem(u"actor"_s, query.actor);
    parameters.addQueryItem(u"limit"_s, QString::number(query.limit));
    return parameters;
}

Result<AuditQuery> AuditParameters::fromQuery(const QUrlQuery& query) {
    AuditQuery audit;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        if (key == u"since_ms"_s || key == u"until_ms"_s) {
            const qint64 ms = value.toLongLong(&ok);
            if (!ok)
                return WireJson::invalid(tr("'%1' must be milliseconds since the epoch").arg(key));
            (key == u"since_ms"_s ? audit.sinceMs : audit.untilMs) = ms;
        } else if (key == u"action"_s) {
            if (!audit::isAction(value))
                return WireJson::invalid(tr("'%1' is not an audit action; use one of %2")
                                             .arg(value, audit::allActions().join(u", "_s)));
            audit.action = value;
        } else if (key == u"actor"_s) {
            audit.actor = value;
        } else if (key == u"limit"_s) {
            const qint64 limit = value.toLongLong(&ok);
            if (!ok || limit < 1 || limit > 100000)
                return WireJson::invalid(tr("'limit' must be a whole number from 1 to 100000"));
            audit.limit = int(limit);
        } else {
            return WireJson::invalid(
                tr("unknown query parameter '%1'; use since_ms, until_ms, action, actor or limit").arg(key));
        }
    }
    return audit;
}

} // namespace lk::wire
