#include "util/Duration.h"

namespace lk {

QString Duration::format(qint64 ms) {
    if (ms < 0)
        return tr("-%1").arg(format(-ms));
    const qint64 totalSeconds = ms / 1000;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = totalSeconds % 86400 / 3600;
    const qint64 minutes = totalSeconds % 3600 / 60;
    const qint64 seconds = totalSeconds % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 m").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    if (minutes > 0)
        return seconds > 0 ? tr("%1 m %2 s").arg(minutes).arg(seconds) : tr("%1 m").arg(minutes);
    return tr("%1 s").arg(seconds);
}

} // namespace lk
