#include "wire/GroupsAnswer.h"

#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

void putAmount(QJsonObject& json, const QString& prefix, const GroupAmount& amount) {
    if (amount.instances)
        json.insert(prefix + u"_instances"_s, *amount.instances);
    if (amount.cores)
        json.insert(prefix + u"_cores"_s, *amount.cores);
}

GroupAmount amountFrom(const QJsonObject& json, const QString& prefix) {
    GroupAmount amount;
    if (json.contains(prefix + u"_instances"_s))
        amount.instances = json.value(prefix + u"_instances"_s).toInt();
    if (json.contains(prefix + u"_cores"_s))
        amount.cores = json.value(prefix + u"_cores"_s).toInteger();
    return amount;
}

} // namespace

GroupsAnswer GroupsAnswer::of(const GroupPolicy* policy, const QList<Lease>& live) {
    GroupsAnswer answer;
    if (!policy)
        return answer;
    answer.policy = true;
    for (const HostGroup& group : policy->groups())
        answer.groups.append({group.name, group.patterns});
    answer.usage = policy->usage(live);
    return answer;
}

QJsonObject GroupsAnswer::toJson() const {
    QJsonArray groupArray;
    for (const Group& group : groups)
        groupArray.append(QJsonObject{{u"name"_s, group.name},
                                      {u"patterns"_s, QJsonArray::fromStringList(group.patterns)}});
    QJsonArray usageArray;
    for (const GroupUsage& row : usage) {
        QJsonObject json{{u"group"_s, row.group},
                         {u"component"_s, row.component},
                         {u"instances"_s, row.instances},
                         {u"cores"_s, row.cores}};
        putAmount(json, u"reserve"_s, row.reserve);
        putAmount(json, u"cap"_s, row.cap);
        usageArray.append(json);
    }
    return QJsonObject{{u"policy"_s, policy}, {u"groups"_s, groupArray}, {u"usage"_s, usageArray}};
}

Result<GroupsAnswer> GroupsAnswer::fromJson(const QJsonObject& json) {
    if (!json.value(u"groups"_s).isArray() || !json.value(u"usage"_s).isArray())
        return WireJson::invalid(WireJson::tr("fields 'groups' and 'usage' must be arrays"));
    GroupsAnswer answer;
    answer.policy = json.value(u"policy"_s).toBool();
    for (const QJsonValue& value : json.value(u"groups"_s).toArray()) {
        const QJsonObject group = value.toObject();
        QStringList patterns;
        for (const QJsonValue& pattern : group.value(u"patterns"_s).toArray())
            patterns.append(pattern.toString());
        answer.groups.append({group.value(u"name"_s).toString(), patterns});
    }
    for (const QJsonValue& value : json.value(u"usage"_s).toArray()) {
        const QJsonObject row = value.toObject();
        answer.usage.append(GroupUsage{row.value(u"group"_s).toString(), row.value(u"component"_s).toString(),
                                       row.value(u"instances"_s).toInt(), row.value(u"cores"_s).toInteger(),
                                       amountFrom(row, u"reserve"_s), amountFrom(row, u"cap"_s)});
    }
    return answer;
}

} // namespace lk::wire
