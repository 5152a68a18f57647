#pragma once

#include "lease/Lease.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace lk::wire {

// The query parameters of GET /api/v1/history: since_ms, until_ms,
// component, reason and limit.
struct HistoryParameters {
    Q_DECLARE_TR_FUNCTIONS(HistoryParameters)

public:
    static QUrlQuery toQuery(const HistoryQuery& query);
    // Error "invalid_request" naming the parameter that is wrong or unknown.
    static Result<HistoryQuery> fromQuery(const QUrlQuery& query);
};

} // namespace lk::wire
