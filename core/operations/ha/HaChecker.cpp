#include "ha/HaChecker.h"

#include "admin/NodeClient.h"
#include "drift/ClockProbe.h"
#include "ha/HaEvaluation.h"
#include "lease/ClusterMembership.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {

struct HaChecker::Run {
    HaTargets targets;
    HaObservations seen;
    SystemClock clock;
    // Children of the checker, so that nothing answers once it is gone.
    QPointer<ClockProbe> probe;
    int pending = 0; // strands still running: two nodes, the clocks, the load balancer
    std::function<void(const HaObservations&)> done;
};

HaChecker::HaChecker(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

void HaChecker::run(const HaTargets& targets, std::function<void(const QList<HaCheck>&)> done) {
    const double maxDriftMs = targets.maxDriftMs;
    auto judge = [maxDriftMs, done = std::move(done)](const HaObservations& seen) {
        done(HaEvaluation::evaluate(seen, maxDriftMs));
    };
    observe(targets, [this, targets, judge = std::move(judge)](const HaObservations& seen) {
        awaitHeartbeats(targets, seen, 0, judge);
    });
}

void HaChecker::awaitHeartbeats(const HaTargets& targets, HaObservations seen, int waits,
                                std::function<void(const HaObservations&)> done) {
    if (waits >= kHeartbeatWaits || !HaEvaluation::awaitsHeartbeat(seen))
        return done(seen);
    const int waitMs = int(ClusterMembership::kHeartbeatIntervalMs) + 500;
    QTimer::singleShot(waitMs, this, [this, targets, seen, waits, done = std::move(done)]() mutable {
        auto again = std::make_shared<HaObservations>(std::move(seen));
        auto pending = std::make_shared<int>(2);
        for (const bool primary : {true, false}) {
            HaNodeObservation& node = primary ? again->primary : again->secondary;
            auto* client = new NodeClient(node.url, m_network, m_clock, this);
            client->setAdminToken(targets.adminToken);
            client->fetchStatus([=, this, &node](const NodeStatus& status) {
                node.status = status;
                client->deleteLater();
                if (--*pending == 0)
                    awaitHeartbeats(targets, *again, waits + 1, done);
            });
        }
    });
}

void HaChecker::observe(const HaTargets& targets, std::function<void(const HaObservations&)> done) {
    auto run = std::make_shared<Run>();
    run->targets = targets;
    run->seen.primary.url = targets.primary;
    run->seen.secondary.url = targets.secondary;
    run->seen.loadBalancer = targets.loadBalancer;
    run->done = std::move(done);
    run->probe = new ClockProbe(m_network, this);
    // Every strand is counted before any starts: a strand that ends at once
    // (an invalid URL) must not finish the run early.
    run->pending = targets.loadBalancer.isEmpty() ? 3 : 4;
    gatherNode(run, true);
    gatherNode(run, false);
    measureClocks(run, 0);
    if (!targets.loadBalancer.isEmpty())
        askBalancer(run, 0);
}

void HaChecker::gatherNode(const std::shared_ptr<Run>& run, bool primary) {
    HaNodeObservation& node = primary ? run->seen.primary : run->seen.secondary;
    auto* client = new NodeClient(node.url, m_network, run->clock, this);
    client->setAdminToken(run->targets.adminToken);
    client->fetchStatus([this, run, client, &node](const NodeStatus& status) {
        node.status = status;
        client->deleteLater();
        finished(run);
    });
}

// One node after the other, so that one measurement's traffic never delays
// the other's timestamps.
void HaChecker::measureClocks(const std::shared_ptr<Run>& run, int index) {
    if (index == 2) {
        run->probe->deleteLater();
        return finished(run);
    }
    HaNodeObservation& node = index == 0 ? run->seen.primary : run->seen.secondary;
    run->probe->measure(node.url, kClockSamples, [this, run, index, &node](const ClockMeasurement& measured) {
        node.clock = measured;
        measureClocks(run, index + 1);
    });
}

// The ping first (lb_health), then kLbRequests more, one after the other,
// each answered by whichever node the load balancer picks.
void HaChecker::askBalancer(const std::shared_ptr<Run>& run, int index) {
    if (index > kLbRequests)
        return finished(run);
    auto* balancer = new NodeClient(run->targets.loadBalancer, m_network, run->clock, this);
    balancer->setTimeoutMs(kTimeoutMs);
    balancer->send("GET", u"/pingLicenseManager"_s, {}, false,
                   [this, run, balancer, index](const NodeClient::Answer& got) {
                       balancer->deleteLater();
                       HaLbAnswer answer;
                       answer.httpStatus = got.status;
                       answer.node = got.node;
                       answer.error = got.error;
                       if (index == 0)
                           run->seen.lbPing = answer;
                       else
                           run->seen.lbRoutes.append(answer);
                       // Nothing listens there: asking again would only wait again.
                       if (index == 0 && answer.httpStatus == 0)
                           return finished(run);
                       askBalancer(run, index + 1);
                   });
}

void HaChecker::finished(const std::shared_ptr<Run>& run) {
    if (--run->pending > 0)
        return;
    if (run->done)
        run->done(run->seen);
}

} // namespace lk
