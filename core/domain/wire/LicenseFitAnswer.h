#pragma once

#include "lease/LicenseFit.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace lk::wire {

// POST /api/v1/license/fit answer (schema LicenseFit): the recorded leases
// of the last `days` replayed against the license sent.
struct LicenseFitAnswer {
    QString licenseId;
    QString licensee;
    int days = 0;
    FitReport report;

    QJsonObject toJson() const;
    // Fails only when `refusals` or `types` is not an array.
    static Result<LicenseFitAnswer> fromJson(const QJsonObject& json);
};

// The query of POST /api/v1/license/fit: `days`, 1 to 400, 30 when left out.
struct LicenseFitParameters {
    Q_DECLARE_TR_FUNCTIONS(LicenseFitParameters)

public:
    static constexpr int kDefaultDays = 30;
    static constexpr int kMaxDays = 400;

    static QUrlQuery toQuery(int days);
    // Error "invalid_request" naming what is wrong.
    static Result<int> daysFromQuery(const QUrlQuery& query);
};

} // namespace lk::wire
