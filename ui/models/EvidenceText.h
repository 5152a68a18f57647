#pragma once

#include "lease/ProbeEvidence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lk {

// What the console says about the probes of an overdue lease, beyond the
// verdict ReclaimJudge::describe() gives: the probes one by one, for a
// tooltip, and what an administrator must know before freeing the lease.
class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    // At most this many probes are listed, the latest ones: the store keeps
    // 20, and a confirmation must fit on a screen.
    static constexpr int kListed = 10;

    // The outcome in the administrator's words: refused, timed out, unreachable, open.
    static QString outcome(ProbeOutcome outcome);
    // "2025-03-12 10:02:03  refused: connection refused", in local time.
    static QString probeLine(const ProbeResult& probe);
    // The latest kListed probes, oldest first, one a line, after a line
    // saying how many earlier ones were left out.
    static QString probeList(const QList<ProbeResult>& probes);
    // For the Evidence cell of an overdue lease.
    static QString toolTip(const QList<ProbeResult>& probes);
    // For the confirmation of freeing an overdue lease: the verdict, the
    // probes and, when the component may still run, a warning.
    static QString beforeFreeing(const QList<ProbeResult>& probes);
};

} // namespace lk
