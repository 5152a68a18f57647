#pragma once

#include "lease/GroupPolicy.h"
#include "util/Result.h"

#include <QJsonObject>

namespace lk::wire {

// GET /api/v1/groups answer (schema HostGroups): the host groups of the
// policy in force and each group's live use per type against its reserve
// and cap; `group` empty for the hosts in no group.
struct GroupsAnswer {
    struct Group {
        QString name;
        QStringList patterns;
    };
    bool policy = false; // whether the node runs with --policy
    QList<Group> groups;
    QList<GroupUsage> usage;

    static GroupsAnswer of(const GroupPolicy* policy, const QList<Lease>& live);
    QJsonObject toJson() const;
    // Fails only when `groups` or `usage` is not an array.
    static Result<GroupsAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
