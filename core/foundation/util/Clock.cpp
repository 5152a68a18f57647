#include "util/Clock.h"

#include <QDateTime>

namespace lk {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace lk
