#include "wire/AccessAnswer.h"

#include "wire/WireJson.h"
#include "wire/WireReader.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject AccessAnswer::toJson() const {
    return QJsonObject{{u"node"_s, node}, {u"token"_s, token}, {u"role"_s, role}};
}

Result<AccessAnswer> AccessAnswer::fromJson(const QJsonObject& json) {
    WireReader read(json);
    AccessAnswer answer{json.value(u"node"_s).toString(), read.string(u"token"_s), read.string(u"role"_s)};
    auto checked = read.result(answer);
    if (checked && answer.role != u"admin"_s && answer.role != u"viewer"_s)
        return WireJson::invalid(WireJson::tr("field 'role' must be admin or viewer"));
    return checked;
}

} // namespace lk::wire
