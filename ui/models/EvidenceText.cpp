#include "models/EvidenceText.h"

#include "lease/ReclaimPolicy.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lk {

QString EvidenceText::outcome(ProbeOutcome outcome) {
    switch (outcome) {
    case ProbeOutcome::Refused:
        return tr("refused");
    case ProbeOutcome::Timeout:
        return tr("timed out");
    case ProbeOutcome::Unreachable:
        return tr("unreachable");
    case ProbeOutcome::Open:
        return tr("open");
    }
    return {};
}

QString EvidenceText::probeLine(const ProbeResult& probe) {
    // Seconds matter: a burst of probes within one minute is one observation.
    const QString at = QDateTime::fromMSecsSinceEpoch(probe.atMs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (probe.detail.isEmpty())
        return u"%1  %2"_s.arg(at, outcome(probe.outcome));
    return tr("%1  %2: %3").arg(at, outcome(probe.outcome), probe.detail);
}

QString EvidenceText::probeList(const QList<ProbeResult>& probes) {
    QStringList lines;
    const qsizetype first = qMax<qsizetype>(0, probes.size() - kListed);
    if (first > 0)
        lines.append(tr("(%n earlier probe(s) not shown)", "", int(first)));
    for (qsizetype i = first; i < probes.size(); ++i)
        lines.append(probeLine(probes.at(i)));
    return lines.join(u'\n');
}

QString EvidenceText::toolTip(const QList<ProbeResult>& probes) {
    if (probes.isEmpty())
        return tr("Not probed since it stopped renewing: the License Manager probes overdue components "
                  "only when probing is on and it knows where the component listens.");
    return tr("Probes since the last renewal, oldest first:\n%1").arg(probeList(probes));
}

QString EvidenceText::beforeFreeing(const QList<ProbeResult>& probes) {
    QString text = tr("Evidence: %1").arg(ReclaimJudge::describe(probes));
    if (!probes.isEmpty())
        text += u'\n' + probeList(probes);
    const ReclaimJudge::Verdict verdict = ReclaimJudge::verdict(probes);
    if (verdict == ReclaimJudge::Verdict::ProbablyAlive || verdict == ReclaimJudge::Verdict::CannotTell)
        text += u"\n\n"_s +
                tr("Warning: the component may still be running on its grace period. Freeing its seat "
                   "lets another component take it, and the license may be exceeded if this one comes "
                   "back.");
    return text;
}

} // namespace lk
