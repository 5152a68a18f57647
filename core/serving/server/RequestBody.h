#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lk {

// Turns raw request bytes into a JSON object, with errors that tell the
// client exactly what is wrong.
class RequestBody {
    Q_DECLARE_TR_FUNCTIONS(RequestBody)

public:
    static Result<QJsonObject> jsonObject(const QByteArray& body);
};

} // namespace lk
