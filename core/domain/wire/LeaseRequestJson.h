#pragma once

#include "lease/LeaseRequest.h"
#include "util/Result.h"

#include <QJsonObject>

namespace lk::wire {

// POST /api/v1/leases (schema LeaseRequest): what a component sends when it
// asks to start. The messages keep the translation context LeaseRequest.
struct LeaseRequestJson {
    // Validates a request body; errors have code "invalid_request" and name the field.
    static Result<LeaseRequest> fromJson(const QJsonObject& json);
    static QJsonObject toJson(const LeaseRequest& request);
};

} // namespace lk::wire
