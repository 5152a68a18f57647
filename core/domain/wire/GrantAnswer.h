#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace lk::wire {

// A granted or renewed lease (schema Grant): POST /api/v1/leases answers it
// with 201, POST /api/v1/leases/{id}/renew with 200.
struct GrantAnswer {
    QString leaseId;
    qint64 renewAfterS = 0;
    qint64 gracePeriodS = 0;
    qint64 graceDeadlineMs = 0;
    qint64 serverTimeMs = 0;
    QString node;

    QJsonObject toJson() const;
    // The same answer as QJsonDocument(toJson()).toJson(Compact), written
    // directly: a renewal's answer, thousands of times a second.
    QByteArray toCompactJson() const;
    // Requires lease_id, renew_after_s and grace_period_s; the rest is
    // informative and read leniently.
    static Result<GrantAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
