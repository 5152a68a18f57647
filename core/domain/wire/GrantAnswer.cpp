#include "wire/GrantAnswer.h"

#include "wire/CompactJsonWriter.h"
#include "wire/WireReader.h"

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

QByteArray GrantAnswer::toCompactJson() const {
    // In the order of the names, as QJsonObject keeps them.
    return CompactJsonWriter()
        .member("grace_deadline_ms"_L1, graceDeadlineMs)
        .member("grace_period_s"_L1, gracePeriodS)
        .member("lease_id"_L1, leaseId)
        .member("node"_L1, node)
        .member("renew_after_s"_L1, renewAfterS)
        .member("server_time_ms"_L1, serverTimeMs)
        .finish();
}

Result<GrantAnswer> GrantAnswer::fromJson(const QJsonObject& json) {
    WireReader read(json);
    GrantAnswer answer;
    answer.leaseId = read.string(u"lease_id"_s);
    answer.renewAfterS = read.integer(u"renew_after_s"_s);
    answer.gracePeriodS = read.integer(u"grace_period_s"_s);
    answer.graceDeadlineMs = json.value(u"grace_deadline_ms"_s).toInteger();
    answer.serverTimeMs = json.value(u"server_time_ms"_s).toInteger();
    answer.node = json.value(u"node"_s).toString();
    return read.result(answer);
}

} // namespace lk::wire
