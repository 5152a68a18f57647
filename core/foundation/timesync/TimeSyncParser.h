#pragma once

#include "timesync/TimeSync.h"

#include <QCoreApplication>
#include <optional>

namespace lk {

// Reads the output of the programs that know whether this host's clock is
// synchronised. Pure functions, so that each platform's output is tested on
// any platform. Each returns nothing when the program gave no verdict (not
// running, no daemon, output it cannot read): then the next program is tried.
class TimeSyncParser {
    Q_DECLARE_TR_FUNCTIONS(TimeSyncParser)

public:
    // `timedatectl show -p NTPSynchronized --value`: "yes" or "no".
    static std::optional<TimeSync> timedatectl(int exitCode, const QString& output);
    // `chronyc tracking`: "Leap status : Normal" means synchronised.
    static std::optional<TimeSync> chrony(int exitCode, const QString& output);
    // `w32tm /query /status`, English output.
    static std::optional<TimeSync> w32tm(int exitCode, const QString& output);

    // "Key : value" or "Key: value" lines, keys as written, values trimmed.
    static QString field(const QString& output, const QString& key);
};

} // namespace lk
