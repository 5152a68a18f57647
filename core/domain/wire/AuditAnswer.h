#pragma once

#include "audit/AuditEntry.h"
#include "util/Result.h"

#include <QJsonObject>

namespace lk::wire {

// GET /api/v1/audit answer (schema AuditTrail): entries newest first.
struct AuditAnswer {
    QList<AuditEntry> entries;

    QJsonObject toJson() const;
    static QJsonObject entryToJson(const AuditEntry& entry);
    static AuditEntry entryFromJson(const QJsonObject& json);
    // Fails only when `entries` is not an array.
    static Result<AuditAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
