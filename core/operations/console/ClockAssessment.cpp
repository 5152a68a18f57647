#include "console/ClockAssessment.h"

#include "drift/ClockDrift.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QString signedMs(double ms) {
    if (std::abs(ms) < 0.05)
        ms = 0; // no "-0.0 ms"
    return ms >= 0 ? ClockAssessment::tr("+%1 ms").arg(ms, 0, 'f', 1)
                   : ClockAssessment::tr("%1 ms").arg(ms, 0, 'f', 1);
}

QString syncText(const std::optional<TimeSync>& sync) {
    if (!sync || !sync->synchronized)
        return ClockAssessment::tr("sync status unknown");
    return *sync->synchronized ? ClockAssessment::tr("synchronised (%1)").arg(sync->source)
                               : ClockAssessment::tr("NOT synchronised (%1)").arg(sync->source);
}

ClockAssessment::Level worst(ClockAssessment::Level a, ClockAssessment::Level b) {
    const auto rank = [](ClockAssessment::Level l) {
        switch (l) {
        case ClockAssessment::Level::Critical:
            return 3;
        case ClockAssessment::Level::Warning:
            return 2;
        case ClockAssessment::Level::Good:
            return 1;
        case ClockAssessment::Level::Unknown:
            break;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace

ClockAssessment::Level ClockAssessment::levelOf(double magnitudeMs, const Thresholds& thresholds) {
    const double m = std::abs(magnitudeMs);
    return m > thresholds.criticalMs ? Level::Critical : m > thresholds.warnMs ? Level::Warning : Level::Good;
}

QString ClockAssessment::fixFor(const std::optional<TimeSync>& sync) {
    const QString source = sync ? sync->source : QString();
    if (source == u"w32tm"_s)
        return tr("On that Windows host, turn on Settings > Time & language > Synchronize your clock (or run "
                  "'w32tm /resync').");
    if (source == u"timedatectl"_s || source == u"chrony"_s)
        return tr("On that Linux host, enable NTP: 'timedatectl set-ntp true', or start chronyd and check "
                  "'chronyc tracking'.");
    return tr(
        "Enable time synchronisation on that host: NTP on Linux ('timedatectl set-ntp true'), \"Synchronize "
        "your clock\" on Windows.");
}

ClockAssessment ClockAssessment::assess(const QList<NodeClock>& nodes, const Thresholds& thresholds) {
    ClockAssessment result;
    QList<ClockMeasurement> measured;
    for (const NodeClock& node : nodes) {
        NodeVerdict verdict;
        if (!node.measurement.ok) {
            verdict.summary = tr("not measured: %1").arg(node.measurement.error);
        } else {
            const double offset = node.measurement.offsetUs / 1000.0;
            verdict.level = levelOf(offset, thresholds);
            if (node.sync && node.sync->synchronized == false)
                verdict.level = worst(verdict.level, Level::Warning);
            verdict.summary = tr("%1 to this console, %2").arg(signedMs(offset), syncText(node.sync));
        }
        result.level = worst(result.level, verdict.level);
        result.nodes.append(verdict);
        measured.append(node.measurement);
    }
    if (const auto pair = ClockDrift::largest(measured)) {
        const double drift = pair->driftUs / 1000.0;
        result.largestDriftMs = drift;
        result.driftText = tr("%1 is %2 ms ahead of %3.")
                               .arg(nodes.at(pair->b).name)
                               .arg(drift, 0, 'f', 1)
                               .arg(nodes.at(pair->a).name);
        const Level driftLevel = levelOf(drift, thresholds);
        result.level = worst(result.level, driftLevel);
        if (driftLevel != Level::Good) {
            // The likelier culprit: a node that says it is not synchronised,
            // else the one further from this console's clock.
            const NodeClock& first = nodes.at(pair->a);
            const NodeClock& second = nodes.at(pair->b);
            const bool firstUnsynced = first.sync && first.sync->synchronized == false;
            const bool secondUnsynced = second.sync && second.sync->synchronized == false;
            const NodeClock& culprit =
                firstUnsynced != secondUnsynced
                    ? (firstUnsynced ? first : second)
                    : (std::abs(first.measurement.offsetUs) > std::abs(second.measurement.offsetUs) ? first
                                                                                                    : second);
            result.advice =
                tr("Keep the License Manager clocks in sync. LeaseKeeper times leases by the store's "
                   "clock, so this drift cannot end a lease early, but the times the nodes report and "
                   "log disagree by this much. Check %1 first. %2")
                    .arg(culprit.name, fixFor(culprit.sync));
        }
    }
    return result;
}

} // namespace lk
