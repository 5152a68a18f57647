#include "console/ComponentRouting.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr int kHostsNamed = 5;
}

void ComponentRouting::add(const QString& node, const QList<ServedRenewal>& renewals) {
    for (const ServedRenewal& renewal : renewals) {
        const QString key = renewal.instance.isEmpty() ? renewal.host : renewal.instance;
        ComponentRoute& route = m_routes[key];
        ++route.seen;
        if (renewal.atMs < route.lastAtMs && route.node == node)
            continue; // an older answer of the same node arriving late
        route.instance = key;
        route.component = renewal.component;
        route.host = renewal.host;
        route.node = node;
        route.lastAtMs = renewal.atMs;
        route.throughLoadBalancer = renewal.throughLoadBalancer;
    }
}

QList<ComponentRoute> ComponentRouting::routes() const {
    QList<ComponentRoute> out = m_routes.values();
    std::stable_sort(out.begin(), out.end(), [](const ComponentRoute& a, const ComponentRoute& b) {
        if (a.throughLoadBalancer != b.throughLoadBalancer)
            return !a.throughLoadBalancer;
        if (a.component != b.component)
            return a.component < b.component;
        return a.host < b.host;
    });
    return out;
}

int ComponentRouting::throughLoadBalancer() const {
    return int(std::count_if(m_routes.cbegin(), m_routes.cend(),
                             [](const ComponentRoute& r) { return r.throughLoadBalancer; }));
}

int ComponentRouting::direct() const {
    return int(m_routes.size()) - throughLoadBalancer();
}

QString ComponentRouting::summary() const {
    if (m_routes.isEmpty())
        return tr("No component has renewed yet. Components renew at the interval the license sets "
                  "(renew_after_s); restart one after changing its address to see it at once.");
    if (direct() == 0)
        return tr("All %n component(s) seen renew through the virtual host.", nullptr, int(m_routes.size()));
    QStringList hosts;
    for (const ComponentRoute& route : routes()) {
        if (!route.throughLoadBalancer && hosts.size() < kHostsNamed)
            hosts << u"%1 (%2)"_s.arg(route.host, route.component);
    }
    if (direct() > kHostsNamed)
        hosts << tr("and %n more", nullptr, direct() - kHostsNamed);
    return tr("%1 of %2 component(s) seen still reach a License Manager directly: %3. Change their "
              "License Manager address to the virtual host.")
        .arg(direct())
        .arg(m_routes.size())
        .arg(hosts.join(u", "_s));
}

} // namespace lk
