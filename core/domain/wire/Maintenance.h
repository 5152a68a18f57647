#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace lk::wire {

// POST /api/v1/maintenance (schema MaintenanceRequest).
struct MaintenanceRequest {
    bool enabled = false;

    QJsonObject toJson() const;
    // Error "invalid_request": "field 'enabled' must be true or false".
    static Result<MaintenanceRequest> fromJson(const QJsonObject& json);
};

// GET and POST /api/v1/maintenance answer (schema Maintenance).
struct MaintenanceAnswer {
    QString node;
    bool maintenance = false;

    QJsonObject toJson() const;
    static Result<MaintenanceAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
