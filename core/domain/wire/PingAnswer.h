#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace lk::wire {

// GET /pingLicenseManager (schemas PingReady and PingUnavailable): 200 with
// status "ok", or 503 with status "unavailable" and the first failed rule as
// `reason`.
struct PingAnswer {
    // The reason of a node an administrator has put in maintenance mode.
    static constexpr QStringView kMaintenanceReason = u"maintenance";

    bool ready = false;
    QString node;
    QString message;
    QString reason; // empty when ready

    QJsonObject toJson() const;
    static Result<PingAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
