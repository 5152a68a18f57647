#include "drift/ClockSampler.h"

namespace lk {

std::optional<TimeSample> ClockSampler::best(const QList<TimeSample>& samples) {
    std::optional<TimeSample> chosen;
    for (const TimeSample& sample : samples) {
        if (sample.isValid() && (!chosen || sample.delayUs() < chosen->delayUs()))
            chosen = sample;
    }
    return chosen;
}

} // namespace lk
