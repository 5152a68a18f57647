#pragma once

#include "lease/UsageSample.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace lk::wire {

// The query parameters of GET /api/v1/usage: type, from, to (milliseconds
// since the epoch or ISO 8601 times) and step (minute, hour or day; by
// default the finest that gives at most a few hundred points: minute up to
// 6 hours, hour up to 14 days, day beyond).
struct UsageParameters {
    Q_DECLARE_TR_FUNCTIONS(UsageParameters)

public:
    static constexpr qint64 kDefaultSpanMs = 24LL * 3600 * 1000;

    static QUrlQuery toQuery(const UsageQuery& query);
    // Error "invalid_request" naming the parameter that is wrong or unknown;
    // `nowMs` is the default `to`.
    static Result<UsageQuery> fromQuery(const QUrlQuery& query, qint64 nowMs);
    static QString stepName(qint64 stepS);
    // The step a query spanning `spanMs` gets when it names none; the
    // console asks for the same, so that it knows it before the answer.
    static qint64 defaultStepS(qint64 spanMs);
};

} // namespace lk::wire
