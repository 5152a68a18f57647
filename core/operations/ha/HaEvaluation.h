#pragma once

#include "ha/HaCheck.h"
#include "ha/HaObservations.h"

#include <QCoreApplication>
#include <QList>

namespace lk {

// Judges what HaChecker observed: a pure function, so that every pass, warn
// and fail can be tested without a network. The checks come in the wizard's
// order; the lb_* ones only when the observations include a load balancer.
class HaEvaluation {
    Q_DECLARE_TR_FUNCTIONS(HaEvaluation)

public:
    static QList<HaCheck> evaluate(const HaObservations& seen, double maxDriftMs);

    static HaCheck licenseAllowsHa(const HaObservations& seen);
    static HaCheck reachable(const HaNodeObservation& node, bool primary);
    static HaCheck sameLicense(const HaObservations& seen);
    static HaCheck sameCluster(const HaObservations& seen);
    // Both nodes answer but one has not joined a cluster yet (its store is
    // still opening), or they are in the same cluster and one does not list
    // the other yet (a node lists what its last heartbeat saw): a pair
    // started a moment ago needs a heartbeat more before same_cluster can pass.
    static bool awaitsHeartbeat(const HaObservations& seen);
    static HaCheck clockSync(const HaObservations& seen, double maxDriftMs);
    static HaCheck lbHealth(const HaObservations& seen);
    static HaCheck lbRoutesToPrimary(const HaObservations& seen);
    static HaCheck secondaryIsStandby(const HaObservations& seen);
};

} // namespace lk
