#pragma once

#include "drift/TimeSample.h"

#include <QList>
#include <optional>

namespace lk {

// Picks the sample to trust from several exchanges with one node.
class ClockSampler {
public:
    // The valid sample with the smallest delay: the one least disturbed by
    // queueing, a new connection or a scheduler hiccup, and whose offset
    // error (at most half its delay) is therefore the smallest. Ties go to
    // the earlier sample. Empty when no sample is valid.
    static std::optional<TimeSample> best(const QList<TimeSample>& samples);
};

} // namespace lk
