#pragma once

#include "admin/NodeStatus.h"

#include <QCoreApplication>
#include <QMap>

namespace lk {

// One component instance as its latest grant or renewal showed it.
struct ComponentRoute {
    QString instance;
    QString component;
    QString host;
    QString node;        // the License Manager that served it
    qint64 lastAtMs = 0; // that node's clock
    bool throughLoadBalancer = false;
    int seen = 0; // grants and renewals seen
};

// Which components already renew through the load balancer's virtual host
// and which still reach a node directly, judged by each instance's latest
// request: the live view of the HA wizard's components step.
class ComponentRouting {
    Q_DECLARE_TR_FUNCTIONS(ComponentRouting)

public:
    void add(const QString& node, const QList<ServedRenewal>& renewals);
    void clear() { m_routes.clear(); }

    // Direct ones first (those still need their address changed), then by
    // component and host.
    QList<ComponentRoute> routes() const;
    int throughLoadBalancer() const;
    int direct() const;
    // One sentence for the administrator: what was seen and what is left to do.
    QString summary() const;

private:
    QMap<QString, ComponentRoute> m_routes; // by instance
};

} // namespace lk
