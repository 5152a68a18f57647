#pragma once

#include "http/ApiRequest.h"
#include "http/PendingReply.h"

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace lk {

// Maps a method and a path such as "/api/v1/leases/{id}/renew" to a handler.
// Unlike QHttpServer's router it tells "no such path" (404) apart from "no
// such method on this path" (405), so clients get the right answer for both.
class HttpRouter {
public:
    // Who may call a route: anyone, components (with the site key when one
    // is set), or holders of a viewer or an admin token. Kept with the route
    // so that tests and docs derive the rules from the router itself.
    enum class Access { Public, Component, Viewer, Admin };
    // Whether a call may change anything. A GET never does; a POST that only
    // reads what it is sent (a license to check) says so, and viewers may
    // call it; any other route counts as changing.
    enum class Effect { Changes, Reads };

    using Handler = std::function<void(const ApiRequest&, PendingReply)>;

    struct Match {
        const Handler* handler;
        QStringList params;
        size_t route; // index of the route, for pattern() and method()
    };
    struct NotFound {};
    struct MethodNotAllowed {
        QByteArrayList allowed;
    };
    using Outcome = std::variant<Match, NotFound, MethodNotAllowed>;

    // A registered route as the API description names it: "POST" and
    // "/api/v1/leases/{id}/renew".
    struct RouteInfo {
        QByteArray method;
        QString pattern;
        Access access = Access::Public;
        Effect effect = Effect::Changes;
    };

    void add(QByteArray method, const QString& pattern, Handler handler, Access access = Access::Public,
             std::optional<Effect> effect = std::nullopt);
    Outcome match(const QByteArray& method, const QString& path) const;
    // Every route, in the order added: what docs/openapi.yaml is checked against.
    QList<RouteInfo> routes() const;

    size_t routeCount() const { return m_routes.size(); }
    // As registered, e.g. "/api/v1/leases/{id}/renew".
    const QString& pattern(size_t route) const { return m_routes[route].pattern; }
    const QByteArray& method(size_t route) const { return m_routes[route].method; }

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments; // "{...}" marks a parameter
        Handler handler;
        Access access;
        Effect effect;
    };
    static bool matches(const Route& route, const QStringList& segments, QStringList* params);

    std::vector<Route> m_routes;
};

} // namespace lk
