#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk::wire {

// POST /api/v1/leases/{id}/free (schema FreeRequest): the body is optional;
// `reason` becomes the history entry's note.
struct FreeRequest {
    Q_DECLARE_TR_FUNCTIONS(FreeRequest)

public:
    static constexpr qsizetype kMaxReasonLength = 500;

    QString reason;

    QJsonObject toJson() const;
    // Error "invalid_request" when `reason` is not a string of at most 500 characters.
    static Result<FreeRequest> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
