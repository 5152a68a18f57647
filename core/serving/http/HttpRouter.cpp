#include "http/HttpRouter.h"

#include <QUrl>

namespace lk {

void HttpRouter::add(QByteArray method, const QString& pattern, Handler handler, Access access,
                     std::optional<Effect> effect) {
    const Effect actual = effect.value_or(method == "GET" ? Effect::Reads : Effect::Changes);
    m_routes.push_back(Route{std::move(method), pattern, pattern.split(u'/', Qt::SkipEmptyParts),
                             std::move(handler), access, actual});
}

bool HttpRouter::matches(const Route& route, const QStringList& segments, QStringList* params) {
    if (route.segments.size() != segments.size())
        return false;
    params->clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments[i];
        if (expected.startsWith(u'{'))
            params->append(QUrl::fromPercentEncoding(segments[i].toUtf8()));
        else if (expected != segments[i])
            return false;
    }
    return true;
}

HttpRouter::Outcome HttpRouter::match(const QByteArray& method, const QString& path) const {
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    QByteArrayList allowed;
    QStringList params;
    for (size_t i = 0; i < m_routes.size(); ++i) {
        const Route& route = m_routes[i];
        if (!matches(route, segments, &params))
            continue;
        if (route.method == method)
            return Match{&route.handler, params, i};
        allowed.append(route.method);
    }
    if (allowed.isEmpty())
        return NotFound{};
    return MethodNotAllowed{allowed};
}

QList<HttpRouter::RouteInfo> HttpRouter::routes() const {
    QList<RouteInfo> routes;
    for (const Route& route : m_routes)
        routes.append(RouteInfo{route.method, u'/' + route.segments.join(u'/'), route.access, route.effect});
    return routes;
}

} // namespace lk
