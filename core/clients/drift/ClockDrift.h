#pragma once

#include "drift/ClockMeasurement.h"

#include <QList>
#include <optional>

namespace lk {

// Drift between nodes, from their offsets to one measuring host: the host's
// own clock cancels out, so node B minus node A is offset(B) - offset(A).
class ClockDrift {
public:
    struct Pair {
        qsizetype a = 0;    // index of the node furthest behind
        qsizetype b = 0;    // index of the node furthest ahead
        qint64 driftUs = 0; // B minus A, never negative
    };

    // The two measured nodes furthest apart; empty with fewer than two
    // successful measurements (failed ones are skipped).
    static std::optional<Pair> largest(const QList<ClockMeasurement>& nodes);
    // B minus A for two successful measurements.
    static qint64 betweenUs(const ClockMeasurement& a, const ClockMeasurement& b) {
        return b.offsetUs - a.offsetUs;
    }
};

} // namespace lk
