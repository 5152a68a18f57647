#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lk {

// Use of one component type over one period: the most instances and cores
// seen in use at the samples taken in it, what the license allowed at the
// last of them, and the grants denied in it. Periods are a minute, an hour
// or a day, aligned to UTC; each minute's sample also raises its hour's
// and its day's, so that long ranges read few rows.
struct UsageSample {
    static constexpr qint64 kMinuteS = 60;
    static constexpr qint64 kHourS = 3600;
    static constexpr qint64 kDayS = 86400;
    static constexpr qint64 kStepsS[] = {kMinuteS, kHourS, kDayS};

    QString component;
    qint64 stepS = kMinuteS;
    qint64 atMs = 0; // start of the period
    int instances = 0;
    qint64 cores = 0;
    int allowedInstances = 0;
    qint64 allowedCores = 0;
    int denials = 0;

    friend bool operator==(const UsageSample&, const UsageSample&) = default;
};

// GET /api/v1/usage's filters: one resolution, oldest first.
struct UsageQuery {
    QString component; // empty: every type
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepS = UsageSample::kMinuteS;
};

} // namespace lk
