#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace lk::wire {

// GET /api/v1/access (schema Access): whose token this is and what it may do,
// so that a console shown a viewer token can say it is read-only.
struct AccessAnswer {
    QString node;
    QString token; // the token's name
    QString role;  // admin or viewer

    QJsonObject toJson() const;
    // Error "invalid_request" when the role is neither admin nor viewer.
    static Result<AccessAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
