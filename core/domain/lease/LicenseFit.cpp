#include "lease/LicenseFit.h"

#include <QMap>
#include <algorithm>
#include <limits>

namespace lk {

std::optional<qint64> FitTypeReport::headroomInstances() const {
    if (!allowed)
        return std::nullopt;
    return qint64(allowed->maxInstances) - peakInstances;
}

std::optional<qint64> FitTypeReport::headroomCores() const {
    if (!allowed)
        return std::nullopt;
    return qint64(allowed->maxTotalCores) - peakCores;
}

namespace {

// One lease starting or ending; at the same instant ends go first, as a
// restart's old lease ends in the transaction that grants the new one.
struct FitEvent {
    qint64 atMs = 0;
    bool isStart = false;
    int lease = 0; // index into the leases replayed

    bool operator<(const FitEvent& other) const {
        if (atMs != other.atMs)
            return atMs < other.atMs;
        if (isStart != other.isStart)
            return !isStart;
        return lease < other.lease;
    }
};

struct Usage {
    qint64 instances = 0;
    qint64 cores = 0;
};

class Replay {
public:
    Replay(const LicenseTerms& terms, const QList<HistoryEntry>& leases, qint64 fromMs, qint64 toMs)
        : m_terms(terms)
        , m_leases(leases)
        , m_fromMs(fromMs)
        , m_toMs(toMs) {
        m_report.fromMs = fromMs;
        m_report.toMs = toMs;
    }

    FitReport run() {
        std::vector<FitEvent> events = buildEvents();
        std::sort(events.begin(), events.end());
        for (const FitEvent& event : events) {
            if (event.isStart)
                start(event);
            else
                end(event);
        }
        for (FitTypeReport& type : m_types) {
            if (const ComponentAllowance* allowance = m_terms.allowanceFor(type.component))
                type.allowed = *allowance;
            m_report.types.append(type);
        }
        return m_report;
    }

private:
    bool overlaps(const HistoryEntry& lease) const {
        return lease.kind == HistoryEntry::Kind::Lease && lease.startMs <= m_toMs &&
               lease.endMs.value_or(std::numeric_limits<qint64>::max()) > m_fromMs;
    }

    std::vector<FitEvent> buildEvents() {
        // Already running at the start: replayed oldest first.
        QList<int> order;
        for (int i = 0; i < m_leases.size(); ++i) {
            if (overlaps(m_leases[i]))
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(),
                         [this](int a, int b) { return m_leases[a].startMs < m_leases[b].startMs; });
        std::vector<FitEvent> events;
        for (int i : order) {
            const HistoryEntry& lease = m_leases[i];
            const int replayed = int(m_replayed.size());
            const qint64 startMs = std::max(lease.startMs, m_fromMs);
            events.push_back({startMs, true, replayed});
            // A lease still running at the end of the period never ends here;
            // one that ended the instant it began held its license a moment.
            if (lease.endMs && *lease.endMs <= m_toMs)
                events.push_back({std::max(*lease.endMs, startMs + 1), false, replayed});
            m_replayed.append(i);
        }
        m_accepted = QList<bool>(m_replayed.size(), false);
        m_report.leasesReplayed = int(m_replayed.size());
        return events;
    }

    FitTypeReport& typeOf(const QString& component) {
        FitTypeReport& type = m_types[component];
        type.component = component;
        return type;
    }

    void start(const FitEvent& event) {
        const HistoryEntry& lease = m_leases[m_replayed[event.lease]];
        const LeaseRequest& holder = lease.holder;
        FitTypeReport& type = typeOf(holder.component);
        Usage& demand = m_demand[holder.component];
        ++demand.instances;
        demand.cores += holder.cores;
        if (demand.instances > type.peakInstances) {
            type.peakInstances = int(demand.instances);
            type.peakInstancesAtMs = event.atMs;
        }
        if (demand.cores > type.peakCores) {
            type.peakCores = demand.cores;
            type.peakCoresAtMs = event.atMs;
        }
        type.largestInstanceCores = std::max(type.largestInstanceCores, holder.cores);

        const Usage& granted = m_granted[holder.component];
        const TypeUsage others{int(granted.instances), int(granted.cores)};
        if (auto denial = LeasePolicy::check(m_terms, event.atMs, holder, others)) {
            ++type.refused;
            m_report.refusals.append({event.atMs, lease.startMs, lease.leaseId, holder, *denial});
            return;
        }
        m_accepted[event.lease] = true;
        Usage& running = m_granted[holder.component];
        ++running.instances;
        running.cores += holder.cores;
    }

    void end(const FitEvent& event) {
        const LeaseRequest& holder = m_leases[m_replayed[event.lease]].holder;
        Usage& demand = m_demand[holder.component];
        --demand.instances;
        demand.cores -= holder.cores;
        if (m_accepted[event.lease]) {
            Usage& running = m_granted[holder.component];
            --running.instances;
            running.cores -= holder.cores;
        }
    }

    const LicenseTerms& m_terms;
    const QList<HistoryEntry>& m_leases;
    const qint64 m_fromMs;
    const qint64 m_toMs;
    QList<int> m_replayed;          // event lease index -> index into m_leases
    QList<bool> m_accepted;         // per replayed lease: did the replay let it run
    QMap<QString, Usage> m_demand;  // as recorded
    QMap<QString, Usage> m_granted; // as the replay let run
    QMap<QString, FitTypeReport> m_types;
    FitReport m_report;
};

} // namespace

FitReport LicenseFit::replay(const LicenseTerms& terms, const QList<HistoryEntry>& leases, qint64 fromMs,
                             qint64 toMs) {
    return Replay(terms, leases, fromMs, toMs).run();
}

} // namespace lk
