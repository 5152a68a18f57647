#pragma once

#include "timesync/TimeSync.h"

#include <QJsonObject>

namespace lk::wire {

// The "time_sync" object of GET /api/v1/status (schema TimeSync): whether a
// node's host keeps its clock synchronised.
struct TimeSyncJson {
    static QJsonObject toJson(const TimeSync& sync);
    // Lenient: a missing or malformed field stays at its default.
    static TimeSync fromJson(const QJsonObject& json);
};

} // namespace lk::wire
