#pragma once

#include "drift/ClockMeasurement.h"
#include "admin/NodeStatus.h"

#include <QList>
#include <QUrl>

namespace lk {

// Everything HaChecker gathers over the network and HaEvaluation judges:
// plain data, so that tests can make it by hand.
struct HaNodeObservation {
    QUrl url;
    NodeStatus status;      // ping and /api/v1/status
    ClockMeasurement clock; // offset to this host, NTP-style
};

// One answer through the load balancer's virtual host.
struct HaLbAnswer {
    int httpStatus = 0; // 0: no answer
    QString node;       // X-License-Manager-Node; empty when the header was missing
    QString error;      // why there was no answer
};

struct HaObservations {
    HaNodeObservation primary;
    HaNodeObservation secondary;
    QUrl loadBalancer;          // empty: no load balancer, its checks are left out
    HaLbAnswer lbPing;          // GET {lb}/pingLicenseManager
    QList<HaLbAnswer> lbRoutes; // further requests through it: who answered each
};

} // namespace lk
