#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lk {

// Whether a host's clock is kept in sync (NTP, chrony, Windows Time), as
// /api/v1/status reports it under "time_sync".
struct TimeSync {
    // "timedatectl", "chrony", "w32tm" or "unknown" (nothing could tell).
    QString source = QStringLiteral("unknown");
    std::optional<bool> synchronized; // unset when nothing could tell
    QString detail;                   // what was found, or what was tried

    QJsonObject toJson() const;
    // Lenient: a missing or malformed field stays at its default.
    static TimeSync fromJson(const QJsonObject& json);

    friend bool operator==(const TimeSync&, const TimeSync&) = default;
};

} // namespace lk
