#include "wire/FreeRequest.h"

#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject FreeRequest::toJson() const {
    return QJsonObject{{u"reason"_s, reason}};
}

Result<FreeRequest> FreeRequest::fromJson(const QJsonObject& json) {
    const QJsonValue reason = json.value(u"reason"_s);
    if (!reason.isUndefined() && (!reason.isString() || reason.toString().size() > kMaxReasonLength))
        return WireJson::invalid(
            tr("field 'reason' must be a string of at most %1 characters").arg(kMaxReasonLength));
    return FreeRequest{reason.toString()};
}

} // namespace lk::wire
