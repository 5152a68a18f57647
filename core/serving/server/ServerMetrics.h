#pragma once

#include "metrics/MetricsRegistry.h"
#include "server/LeaseEvent.h"
#include "server/LeaseService.h"

#include <QHash>
#include <QObject>
#include <array>
#include <functional>

namespace lk {

class LicenseApi;
class TimeSyncProbe;

// What GET /metrics reports (docs/monitoring.md lists every metric). Lease
// events are counted as they come (record(), a hash look-up and an atomic
// add); everything else is read when Prometheus scrapes, from where the
// status page reads it: readiness and maintenance from LicenseApi, health
// and queue from the store worker, the database clock offset, the time-sync
// probe, the license, and per-type usage through the store worker.
class ServerMetrics final : public QObject {
    Q_OBJECT

public:
    ServerMetrics(LeaseService& service, const LicenseApi& api, const TimeSyncProbe& timeSync,
                  QObject* parent = nullptr);

    // For HttpServer::setRequestDurations.
    metrics::HistogramFamily& requestDurations() { return m_requestDurations; }
    void setOpenConnections(std::function<int()> count) { m_openConnections = std::move(count); }

    void record(const LeaseEvent& event);
    // Collects and writes the exposition; `done` runs on this object's
    // thread, at once when the store is unhealthy (then without the per-type
    // usage, and leasekeeper_store_up says 0), else after one read on the
    // store worker.
    void scrape(std::function<void(const QByteArray&)> done);

    static const std::vector<double>& durationBuckets();

private:
    struct TypeCounters {
        metrics::Counter* grants;
        metrics::Counter* renewals;
        metrics::Counter* releases;
        metrics::Counter* frees;
        metrics::Counter* expirations;
        metrics::Counter* replacements;
        metrics::Counter* reclaims;
    };
    TypeCounters& countersFor(const QString& component);
    metrics::Counter* counterFor(const TypeCounters& counters, LeaseEvent::Kind kind) const;
    // Sets every value read at scrape time; `report` is null when the
    // per-type usage could not be read.
    void collect(const UsageReport* report, bool storeUp);
    void collectNode(bool storeUp);
    void collectTypes(const UsageReport* report);

    LeaseService& m_service;
    const LicenseApi& m_api;
    const TimeSyncProbe& m_timeSync;
    std::function<int()> m_openConnections;
    metrics::MetricsRegistry m_registry;

    metrics::GaugeFamily& m_buildInfo;
    metrics::GaugeFamily& m_nodeInfo;
    metrics::GaugeFamily& m_nodeReady;
    metrics::GaugeFamily& m_maintenance;
    metrics::GaugeFamily& m_licenseLoaded;
    metrics::GaugeFamily& m_licenseExpiry;
    metrics::GaugeFamily& m_storeUp;
    metrics::GaugeFamily& m_storeQueue;
    metrics::CounterFamily& m_storeWrites;
    quint64 m_storeWritesReported = 0;
    metrics::GaugeFamily& m_clockOffset;
    metrics::GaugeFamily& m_timeSyncState;
    metrics::GaugeFamily& m_leasesLive;
    metrics::GaugeFamily& m_leasesOverdue;
    metrics::GaugeFamily& m_leasesDead;
    metrics::GaugeFamily& m_coresDead;
    metrics::GaugeFamily& m_instancesUsed;
    metrics::GaugeFamily& m_instancesAllowed;
    metrics::GaugeFamily& m_coresUsed;
    metrics::GaugeFamily& m_coresAllowed;
    metrics::CounterFamily& m_grants;
    metrics::CounterFamily& m_renewals;
    metrics::CounterFamily& m_releases;
    metrics::CounterFamily& m_frees;
    metrics::CounterFamily& m_expirations;
    metrics::CounterFamily& m_replacements;
    metrics::CounterFamily& m_reclaims;
    metrics::CounterFamily& m_denials;
    metrics::HistogramFamily& m_requestDurations;
    metrics::GaugeFamily& m_connections;

    QHash<QString, TypeCounters> m_byType;
    std::array<metrics::Counter*, kDenialReasonCount> m_denialsByReason{}; // indexed by DenialReason
};

} // namespace lk
