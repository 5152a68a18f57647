#pragma once

#include "lease/Lease.h"
#include "server/LeaseService.h"
#include "server/RenewalLog.h"

#include <QJsonObject>

namespace lk::apijson {

// A grant's answer from the lease and the terms it was decided under, and
// times as the answers write them (core/wire/ has the shapes).
// Written as compact JSON (wire::GrantAnswer::toCompactJson).
QByteArray grant(const Lease& lease, const LicenseTerms& terms, qint64 nowMs);
QString isoTime(qint64 ms);

} // namespace lk::apijson
