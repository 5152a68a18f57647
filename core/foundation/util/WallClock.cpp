#include "util/WallClock.h"

#include <chrono>

namespace lk {

qint64 WallClock::nowUs() {
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace lk
