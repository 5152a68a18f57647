#include "wire/Maintenance.h"

#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject MaintenanceRequest::toJson() const {
    return QJsonObject{{u"enabled"_s, enabled}};
}

Result<MaintenanceRequest> MaintenanceRequest::fromJson(const QJsonObject& json) {
    auto enabled = WireJson::boolean(json, u"enabled"_s);
    if (!enabled)
        return enabled.error();
    return MaintenanceRequest{enabled.value()};
}

QJsonObject MaintenanceAnswer::toJson() const {
    return QJsonObject{{u"node"_s, node}, {u"maintenance"_s, maintenance}};
}

Result<MaintenanceAnswer> MaintenanceAnswer::fromJson(const QJsonObject& json) {
    auto maintenance = WireJson::boolean(json, u"maintenance"_s);
    if (!maintenance)
        return maintenance.error();
    return MaintenanceAnswer{json.value(u"node"_s).toString(), maintenance.value()};
}

} // namespace lk::wire
