#pragma once

#include "drift/ClockMeasurement.h"
#include "timesync/TimeSync.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace lk {

// What the Clock view says about the nodes' clocks: each node's offset to
// the console and to the database, the largest drift between two nodes, and
// what to do about it. A pure function of the measurements and thresholds.
struct ClockAssessment {
    Q_DECLARE_TR_FUNCTIONS(ClockAssessment)

public:
    enum class Level { Good, Warning, Critical, Unknown };

    struct Thresholds {
        double warnMs = 250;      // servers may see leases renewed "in the future"
        double criticalMs = 1000; // what `leasekeeper-ctl drift` fails on
    };

    struct NodeClock {
        QString name;
        ClockMeasurement measurement;           // against this console's clock
        std::optional<qint64> databaseOffsetMs; // node minus database is -this
        std::optional<TimeSync> sync;
    };

    struct NodeVerdict {
        Level level = Level::Unknown;
        QString summary; // e.g. "+3.2 ms, synchronised (chrony)"
    };

    Level level = Level::Unknown;
    QList<NodeVerdict> nodes;
    std::optional<double> largestDriftMs; // between two nodes, B minus A >= 0
    QString driftText;                    // which two nodes, how far apart
    QString advice;                       // what drift does, and how to fix it

    static ClockAssessment assess(const QList<NodeClock>& nodes, const Thresholds& thresholds);
    static Level levelOf(double magnitudeMs, const Thresholds& thresholds);
    static QString fixFor(const std::optional<TimeSync>& sync);
};

} // namespace lk
