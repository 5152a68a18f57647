#pragma once

#include "lease/Lease.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace lk {

// Turns raw request bytes and query strings into typed values, with errors
// that tell the client exactly what is wrong.
class RequestBody {
    Q_DECLARE_TR_FUNCTIONS(RequestBody)

public:
    static Result<QJsonObject> jsonObject(const QByteArray& body);
    static Result<HistoryQuery> historyQuery(const QUrlQuery& query);
};

} // namespace lk
