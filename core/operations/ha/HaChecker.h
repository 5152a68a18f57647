#pragma once

#include "ha/HaCheck.h"
#include "ha/HaObservations.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace lk {

// Gathers what the HA checks need over the network (both nodes' status and
// clocks, answers through the load balancer) and hands it to HaEvaluation.
// Never blocks: everything runs on the event loop, and `done` is called once,
// later, on this object's thread (never once the checker is destroyed).
class HaChecker final : public QObject {
    Q_OBJECT

public:
    // Requests sent through the load balancer to see which node answers.
    static constexpr int kLbRequests = 5;
    static constexpr int kClockSamples = 4;
    static constexpr int kTimeoutMs = 5000;
    // A pair started a moment ago: how often run() asks both nodes again,
    // one heartbeat apart, before it judges that they do not list each other.
    static constexpr int kHeartbeatWaits = 2;

    explicit HaChecker(QNetworkAccessManager& network, QObject* parent = nullptr);

    // Runs every check (the lb_* ones only when loadBalancer is set) and calls done once, on this thread.
    void run(const HaTargets& targets, std::function<void(const QList<HaCheck>&)> done);
    // The same gathering, without the judging (for the wizard's live views and tests).
    void observe(const HaTargets& targets, std::function<void(const HaObservations&)> done);

private:
    struct Run;
    void gatherNode(const std::shared_ptr<Run>& run, bool primary);
    void measureClocks(const std::shared_ptr<Run>& run, int index);
    void askBalancer(const std::shared_ptr<Run>& run, int index);
    void finished(const std::shared_ptr<Run>& run);
    // Asks both nodes for their status again, a heartbeat later, until they
    // list each other or kHeartbeatWaits ran out; then calls done.
    void awaitHeartbeats(const HaTargets& targets, HaObservations seen, int waits,
                         std::function<void(const HaObservations&)> done);

    QNetworkAccessManager& m_network;
    SystemClock m_clock;
};

} // namespace lk
