#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace lk::wire {

// GET /api/v1/time (schema Time): when the node received the request and when
// it sent the answer, microseconds since the epoch by its wall clock.
struct TimeAnswer {
    QString node;
    qint64 receiveTimeUs = 0;
    qint64 transmitTimeUs = 0;

    QJsonObject toJson() const;
    static Result<TimeAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
