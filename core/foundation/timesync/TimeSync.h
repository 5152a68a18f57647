#pragma once

#include <QString>
#include <optional>

namespace lk {

// Whether a host's clock is kept in sync (NTP, chrony, Windows Time). Nodes
// report it in /api/v1/status (wire/TimeSyncJson).
struct TimeSync {
    // "timedatectl", "chrony", "w32tm" or "unknown" (nothing could tell).
    QString source = QStringLiteral("unknown");
    std::optional<bool> synchronized; // unset when nothing could tell
    QString detail;                   // what was found, or what was tried

    friend bool operator==(const TimeSync&, const TimeSync&) = default;
};

} // namespace lk
