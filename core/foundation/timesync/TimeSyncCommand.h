#pragma once

#include "timesync/TimeSync.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace lk {

// One program that can tell whether this host's clock is synchronised, and
// how to read its answer.
struct TimeSyncCommand {
    using Parser = std::optional<TimeSync> (*)(int exitCode, const QString& output);

    QString program; // a name looked up in PATH, or a path
    QStringList arguments;
    Parser parse = nullptr;

    // What to try on this platform, in order: timedatectl then chronyc on
    // Linux and other Unix systems, w32tm on Windows.
    static QList<TimeSyncCommand> forThisPlatform();
};

} // namespace lk
