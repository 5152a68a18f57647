#pragma once

#include "lease/ProbeEvidence.h"

#include <QCoreApplication>
#include <optional>

namespace lk {

// When an overdue lease may be ended as dead (`reclaimed_dead`): off unless
// reclaimAfterS is set, and then only on evidence that the process is gone.
struct ReclaimPolicy {
    qint64 reclaimAfterS = 0;   // overdue at least this long; 0: never reclaim
    qint64 probeIntervalS = 60; // between two probes of one lease
    int refusals = 3;           // the last N probes all refused

    bool enabled() const { return reclaimAfterS > 0; }
};

// The verdict on one overdue lease from the probes taken since its last
// renewal (oldest first). Pure: the caller says what time it is.
class ReclaimJudge {
    Q_DECLARE_TR_FUNCTIONS(ReclaimJudge)

public:
    enum class Verdict {
        NoEvidence,   // not probed yet
        ProcessGone,  // only refusals lately: nothing listens where it ran
        CannotTell,   // the host does not answer: down, or cut off from us
        ProbablyAlive // something listens: running, and cut off from the License Manager
    };

    // What the latest evidence says, whether or not the policy may act on it.
    static Verdict verdict(const QList<ProbeResult>& probes);
    // "no_evidence", "process_gone", "cannot_tell", "probably_alive": the API's words.
    static QString verdictCode(Verdict verdict);
    static std::optional<Verdict> verdictFromCode(const QString& code);
    // Whether the lease is to be ended: the policy is on, the lease has been
    // overdue for reclaimAfterS, and its last `refusals` probes, each at
    // least probeIntervalS after the one before, all said refused. Ambiguous
    // or open evidence never reclaims.
    static bool reclaims(const ReclaimPolicy& policy, qint64 overdueSinceMs, qint64 nowMs,
                         const QList<ProbeResult>& probes);
    // Whether the next probe is due (one probe per interval per lease).
    static bool probeDue(const ReclaimPolicy& policy, const QList<ProbeResult>& probes, qint64 nowMs);
    // For the console and the history: "process gone: connection refused
    // (5 in a row, over 12 m)", "cannot tell: host does not answer (...)".
    static QString describe(const QList<ProbeResult>& probes);
};

} // namespace lk
