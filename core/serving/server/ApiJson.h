#pragma once

#include "lease/Lease.h"
#include "server/LeaseService.h"
#include "server/RenewalLog.h"

#include <QJsonObject>

namespace lk::apijson {

// The JSON shapes of the HTTP API, in one place so docs/api.md has one source.
QJsonObject lease(const Lease& lease, qint64 nowMs, qint64 renewAfterS);
QJsonObject historyEntry(const HistoryEntry& entry);
QJsonObject grant(const Lease& lease, const LicenseTerms& terms, qint64 nowMs);
QJsonObject license(const LicenseState& state, const QMap<QString, TypeUsage>* usage);
QJsonObject cluster(const ClusterView& view, const QString& self);
QJsonObject renewal(const RenewalRecord& record);
QString isoTime(qint64 ms);

} // namespace lk::apijson
