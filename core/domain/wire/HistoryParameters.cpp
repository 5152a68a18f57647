#include "wire/HistoryParameters.h"

#include "lease/LeaseReasons.h"
#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

std::optional<qint64> parseInteger(const QString& text) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QUrlQuery HistoryParameters::toQuery(const HistoryQuery& query) {
    QUrlQuery parameters;
    if (query.sinceMs)
        parameters.addQueryItem(u"since_ms"_s, QString::number(*query.sinceMs));
    if (query.untilMs)
        parameters.addQueryItem(u"until_ms"_s, QString::number(*query.untilMs));
    if (!query.component.isEmpty())
        parameters.addQueryItem(u"component"_s, query.component);
    if (!query.reason.isEmpty())
        parameters.addQueryItem(u"reason"_s, query.reason);
    if (query.kind)
        parameters.addQueryItem(u"kind"_s,
                                *query.kind == HistoryEntry::Kind::Denial ? u"denial"_s : u"lease"_s);
    parameters.addQueryItem(u"limit"_s, QString::number(query.limit));
    return parameters;
}

Result<HistoryQuery> HistoryParameters::fromQuery(const QUrlQuery& query) {
    HistoryQuery history;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"since_ms"_s || key == u"until_ms"_s) {
            const auto ms = parseInteger(value);
            if (!ms)
                return WireJson::invalid(tr("'%1' must be milliseconds since the epoch").arg(key));
            (key == u"since_ms"_s ? history.sinceMs : history.untilMs) = *ms;
        } else if (key == u"component"_s) {
            history.component = value;
        } else if (key == u"reason"_s) {
            if (!endReasonFromString(value) && !denialReasonFromString(value))
                return WireJson::invalid(tr("'%1' is not an end reason or a denial reason").arg(value));
            history.reason = value;
        } else if (key == u"kind"_s) {
            if (value != u"lease"_s && value != u"denial"_s)
                return WireJson::invalid(tr("'kind' must be lease or denial, not '%1'").arg(value));
            history.kind = value == u"denial"_s ? HistoryEntry::Kind::Denial : HistoryEntry::Kind::Lease;
        } else if (key == u"limit"_s) {
            const auto limit = parseInteger(value);
            if (!limit || *limit < 1 || *limit > 100000)
                return WireJson::invalid(tr("'limit' must be a whole number from 1 to 100000"));
            history.limit = int(*limit);
        } else {
            return WireJson::invalid(
                tr("unknown query parameter '%1'; use since_ms, until_ms, component, reason, kind or limit")
                    .arg(key));
        }
    }
    return history;
}

} // namespace lk::wire
