#pragma once

#include "alert/AlertSettings.h"
#include "alert/AlertTracker.h"
#include "lease/ClusterView.h"
#include "lease/Lease.h"
#include "license/LicenseTerms.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <optional>

namespace lk {

// What a node knows at one evaluation, gathered from its service.
struct AlertSnapshot {
    qint64 nowMs = 0;
    QString nodeName;
    QString role; // primary, secondary or standalone
    std::optional<LicenseTerms> terms;
    bool storeHealthy = true;
    QString storeDetail;
    std::optional<QMap<QString, TypeUsage>> usage; // none when the store could not be read
    QMap<QString, int> overdue;                    // live leases that missed renewals, per type
    QMap<QString, TypeUsage> probablyDead;         // of those, the ones whose probes say "process gone"
    std::optional<qint64> clockOffsetMs;           // the database's clock minus ours
    std::optional<ClusterView> cluster;
};

// Turns a snapshot into one observation per rule and subject: on or off,
// with the words an administrator reads. Pure, so every rule is tested
// without a server.
class AlertConditions {
    Q_DECLARE_TR_FUNCTIONS(AlertConditions)

public:
    // `peersSeenLive` remembers the other nodes seen live during this run:
    // only those can be lost.
    static QList<AlertObservation> observe(const AlertSnapshot& snapshot, const AlertSettings& settings,
                                           QSet<QString>& peersSeenLive);
    // The pair's shared state (use, grace, license) is watched by one node:
    // the primary, or the secondary while no primary is live, so a pair does
    // not send every alert twice.
    static bool watchesSharedState(const AlertSnapshot& snapshot);

private:
    static void nearLimit(const AlertSnapshot& snapshot, const AlertRule& rule, QList<AlertObservation>& out);
    static void graceEntered(const AlertSnapshot& snapshot, QList<AlertObservation>& out);
    static void deadComponents(const AlertSnapshot& snapshot, QList<AlertObservation>& out);
    static void licenseExpiry(const AlertSnapshot& snapshot, const AlertRule& rule,
                              QList<AlertObservation>& out);
    static void nodeHealth(const AlertSnapshot& snapshot, const AlertSettings& settings,
                           QList<AlertObservation>& out);
    static void peers(const AlertSnapshot& snapshot, QSet<QString>& peersSeenLive,
                      QList<AlertObservation>& out);
};

} // namespace lk
