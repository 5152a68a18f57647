#include "wire/GrantAnswer.h"

#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject GrantAnswer::toJson() const {
    return QJsonObject{{u"lease_id"_s, leaseId},
                       {u"renew_after_s"_s, renewAfterS},
                       {u"grace_period_s"_s, gracePeriodS},
                       {u"grace_deadline_ms"_s, graceDeadlineMs},
                       {u"server_time_ms"_s, serverTimeMs},
                       {u"node"_s, node}};
}

Result<GrantAnswer> GrantAnswer::fromJson(const QJsonObject& json) {
    GrantAnswer answer;
    auto leaseId = WireJson::string(json, u"lease_id"_s);
    if (!leaseId)
        return leaseId.error();
    auto renewAfter = WireJson::integer(json, u"renew_after_s"_s);
    if (!renewAfter)
        return renewAfter.error();
    auto grace = WireJson::integer(json, u"grace_period_s"_s);
    if (!grace)
        return grace.error();
    answer.leaseId = leaseId.value();
    answer.renewAfterS = renewAfter.value();
    answer.gracePeriodS = grace.value();
    answer.graceDeadlineMs = json.value(u"grace_deadline_ms"_s).toInteger();
    answer.serverTimeMs = json.value(u"server_time_ms"_s).toInteger();
    answer.node = json.value(u"node"_s).toString();
    return answer;
}

} // namespace lk::wire
