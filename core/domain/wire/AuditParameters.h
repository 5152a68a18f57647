#pragma once

#include "audit/AuditEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace lk::wire {

// The query parameters of GET /api/v1/audit: since_ms, until_ms, action,
// actor and limit.
struct AuditParameters {
    Q_DECLARE_TR_FUNCTIONS(AuditParameters)

public:
    static QUrlQuery toQuery(const AuditQuery& query);
    // Error "invalid_request" naming the parameter that is wrong or unknown.
    static Result<AuditQuery> fromQuery(const QUrlQuery& query);
};

} // namespace lk::wire
