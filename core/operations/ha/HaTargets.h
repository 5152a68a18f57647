#pragma once

#include <QByteArray>
#include <QUrl>

namespace lk {

// What an HA check looks at: the two nodes, the load balancer's virtual host
// (empty: no load balancer checks) and how far apart the clocks may be.
struct HaTargets {
    QUrl primary;
    QUrl secondary;
    QUrl loadBalancer;
    QByteArray adminToken;
    double maxDriftMs = 1000;
};

} // namespace lk
