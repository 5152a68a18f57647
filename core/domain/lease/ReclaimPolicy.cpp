#include "lease/ReclaimPolicy.h"

#include "util/Duration.h"
#include "util/EnumNames.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const EnumNames<ReclaimJudge::Verdict>& verdictNames() {
    using V = ReclaimJudge::Verdict;
    static const EnumNames<V> names{{V::NoEvidence, u"no_evidence"_s},
                                    {V::ProcessGone, u"process_gone"_s},
                                    {V::CannotTell, u"cannot_tell"_s},
                                    {V::ProbablyAlive, u"probably_alive"_s}};
    return names;
}

} // namespace

QString ReclaimJudge::verdictCode(Verdict verdict) {
    return verdictNames().name(verdict);
}

std::optional<ReclaimJudge::Verdict> ReclaimJudge::verdictFromCode(const QString& code) {
    return verdictNames().value(code);
}

ReclaimJudge::Verdict ReclaimJudge::verdict(const QList<ProbeResult>& probes) {
    if (probes.isEmpty())
        return Verdict::NoEvidence;
    switch (probes.constLast().outcome) {
    case ProbeOutcome::Refused:
        return Verdict::ProcessGone;
    case ProbeOutcome::Open:
        return Verdict::ProbablyAlive;
    case ProbeOutcome::Timeout:
    case ProbeOutcome::Unreachable:
        return Verdict::CannotTell;
    }
    return Verdict::CannotTell;
}

bool ReclaimJudge::reclaims(const ReclaimPolicy& policy, qint64 overdueSinceMs, qint64 nowMs,
                            const QList<ProbeResult>& probes) {
    if (!policy.enabled() || policy.refusals < 1 || probes.size() < policy.refusals)
        return false;
    if (nowMs - overdueSinceMs < policy.reclaimAfterS * 1000)
        return false;
    const qsizetype first = probes.size() - policy.refusals;
    for (qsizetype i = first; i < probes.size(); ++i) {
        if (probes[i].outcome != ProbeOutcome::Refused)
            return false;
        if (i > first && probes[i].atMs - probes[i - 1].atMs < policy.probeIntervalS * 1000)
            return false; // a burst of probes is one observation, not N
    }
    return true;
}

bool ReclaimJudge::probeDue(const ReclaimPolicy& policy, const QList<ProbeResult>& probes, qint64 nowMs) {
    return probes.isEmpty() || nowMs - probes.constLast().atMs >= policy.probeIntervalS * 1000;
}

QString ReclaimJudge::describe(const QList<ProbeResult>& probes) {
    if (probes.isEmpty())
        return tr("not probed yet");
    // The run of the latest outcome: how long it has said the same. Worded
    // to read right without a catalogue too: the server loads none.
    const ProbeOutcome latest = probes.constLast().outcome;
    qsizetype start = probes.size() - 1;
    while (start > 0 && probes[start - 1].outcome == latest)
        --start;
    const int times = int(probes.size() - start);
    // A lone probe spans no time: "once" reads better than "over 0 s".
    const QString span = Duration::format(probes.constLast().atMs - probes[start].atMs);
    switch (latest) {
    case ProbeOutcome::Refused:
        if (times == 1)
            return tr("process gone: connection refused (once)");
        return tr("process gone: connection refused (%n in a row, over %1)", nullptr, times).arg(span);
    case ProbeOutcome::Open:
        return tr("probably alive: its port accepts connections (%n in a row); cut off from the License "
                  "Manager",
                  nullptr, times);
    case ProbeOutcome::Timeout:
        if (times == 1)
            return tr("cannot tell: host does not answer (once)");
        return tr("cannot tell: host does not answer (%n in a row, over %1)", nullptr, times).arg(span);
    case ProbeOutcome::Unreachable:
        return tr("cannot tell: %1 (%n in a row)", nullptr, times).arg(probes.constLast().detail);
    }
    return {};
}

} // namespace lk
