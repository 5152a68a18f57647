#pragma once

#include "lease/UsageSample.h"
#include "util/Result.h"

#include <QJsonObject>

namespace lk::wire {

// GET /api/v1/usage answer (schema UsageOverTime): the samples of one
// resolution, oldest first.
struct UsageAnswer {
    qint64 stepS = UsageSample::kMinuteS;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<UsageSample> samples;

    QJsonObject toJson() const;
    // Fails only when `samples` is not an array.
    static Result<UsageAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
