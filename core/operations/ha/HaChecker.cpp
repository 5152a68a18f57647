#include "ha/HaChecker.h"

#include "drift/ClockProbe.h"
#include "admin/NodeClient.h"
#include "ha/HaEvaluation.h"
#include "tls/TlsNetworkAccess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

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
    observe(targets, [maxDriftMs, done = std::move(done)](const HaObservations& seen) {
        done(HaEvaluation::evaluate(seen, maxDriftMs));
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
    QUrl url = run->targets.loadBalancer;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/pingLicenseManager"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, run, reply, index] {
        reply->deleteLater();
        HaLbAnswer answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            answer.httpStatus = status.toInt();
            // rawHeader() ignores case: HAProxy passes header names in lower case.
            answer.node = QString::fromUtf8(reply->rawHeader("X-License-Manager-Node"));
        } else {
            answer.error = TlsNetworkAccess::failureText(reply, kTimeoutMs);
        }
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
