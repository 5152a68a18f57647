#include "wire/Maintenance.h"

#include "wire/WireReader.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject MaintenanceRequest::toJson() const {
    return QJsonObject{{u"enabled"_s, enabled}};
}

Result<MaintenanceRequest> MaintenanceRequest::fromJson(const QJsonObject& json) {
    WireReader read(json);
    const MaintenanceRequest request{read.boolean(u"enabled"_s)};
    return read.result(request);
}

QJsonObject MaintenanceAnswer::toJson() const {
    return QJsonObject{{u"node"_s, node}, {u"maintenance"_s, maintenance}};
}

Result<MaintenanceAnswer> MaintenanceAnswer::fromJson(const QJsonObject& json) {
    WireReader read(json);
    const MaintenanceAnswer answer{json.value(u"node"_s).toString(), read.boolean(u"maintenance"_s)};
    return read.result(answer);
}

} // namespace lk::wire
