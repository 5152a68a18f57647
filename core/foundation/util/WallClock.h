#pragma once

#include <QtGlobal>

namespace lk {

// This host's wall clock in microseconds since the Unix epoch. Drift between
// License Manager nodes is measured in fractions of a millisecond, finer than
// QDateTime's milliseconds; everything else keeps using lk::Clock.
class WallClock {
public:
    static qint64 nowUs();
};

} // namespace lk
