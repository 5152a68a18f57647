#pragma once

#include "lease/Lease.h"
#include "lease/LeasePolicy.h"
#include "license/LicenseTerms.h"

#include <QList>
#include <optional>

namespace lk {

// A start that the license under test would have refused.
struct FitRefusal {
    qint64 atMs = 0;      // when the start was replayed: its grant, or the period's start
    qint64 startedMs = 0; // when the lease was really granted (earlier when already running)
    QString leaseId;
    LeaseRequest holder;
    Denial denial;
};

// How one component type's recorded use compares to the license under test.
struct FitTypeReport {
    QString component;
    std::optional<ComponentAllowance> allowed; // unset: the license does not cover the type
    int peakInstances = 0;                     // most instances running at once, as recorded
    qint64 peakInstancesAtMs = 0;
    qint64 peakCores = 0;
    qint64 peakCoresAtMs = 0;
    int largestInstanceCores = 0;
    int refused = 0; // starts of this type the license would have refused

    // What was left at the peak; negative when the license is too small.
    std::optional<qint64> headroomInstances() const;
    std::optional<qint64> headroomCores() const;

    friend bool operator==(const FitTypeReport&, const FitTypeReport&) = default;
};

struct FitReport {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int leasesReplayed = 0;
    QList<FitRefusal> refusals; // in the order the starts happened
    QList<FitTypeReport> types; // by component type

    bool fits() const { return refusals.isEmpty(); }
};

// "Would this license have held?" Replays the recorded leases of a period
// against other license terms, with the rules a grant obeys (LeasePolicy):
// each start, in the order they happened, is checked against the leases the
// replay let run. A refused start does not run afterwards, as it would not
// have. Leases already running when the period begins are replayed as starts
// at its beginning, oldest first: the license must hold them too.
class LicenseFit {
public:
    // `leases`: every lease overlapping [fromMs, toMs] (denials are ignored).
    static FitReport replay(const LicenseTerms& terms, const QList<HistoryEntry>& leases, qint64 fromMs,
                            qint64 toMs);
};

} // namespace lk
