#pragma once

#include "lease/Lease.h"
#include "lease/LeasePolicy.h"
#include "license/LicenseTerms.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <optional>

namespace lk {

// Named hosts: host name patterns (* and ?, any case) and address ranges.
struct HostGroup {
    QString name;
    QStringList patterns; // as written, for display
    QList<QRegularExpression> hostPatterns;
    QList<QPair<QHostAddress, int>> subnets;

    bool contains(const LeaseRequest& holder) const;
};

// Instances and cores; an unset field does not limit.
struct GroupAmount {
    std::optional<int> instances;
    std::optional<qint64> cores;
};

// For one group and component type: what only the group may use (reserve)
// and what it may use at most (cap), as FlexNet's RESERVE and MAX.
struct GroupRule {
    QString group;
    QString component;
    GroupAmount reserve;
    GroupAmount cap;
};

// One group's live use of one type, against its rule.
struct GroupUsage {
    QString group; // empty: hosts in no group
    QString component;
    int instances = 0;
    qint64 cores = 0;
    GroupAmount reserve;
    GroupAmount cap;
};

// The license server's policy file: host groups, and per group and type a
// reserve and a cap. Grants obey it after the license's own limits, in the
// same transaction (LeaseEngine). A host belongs to the first group that
// names it. Changing the policy never ends a running lease: it decides the
// next grants only.
class GroupPolicy {
    Q_DECLARE_TR_FUNCTIONS(GroupPolicy)

public:
    // Lines of `group NAME PATTERN...`, `reserve GROUP TYPE [instances N] [cores N]`,
    // `cap GROUP TYPE [instances N] [cores N]`; # starts a comment. Errors
    // ("invalid_policy") name the line and what is wrong with it.
    static Result<GroupPolicy> parse(const QByteArray& text);
    static Result<GroupPolicy> fromFile(const QString& path);

    bool isEmpty() const { return m_rules.isEmpty(); }
    // Whether any rule is about `component`: only then does a grant need the
    // live leases of the type.
    bool governs(const QString& component) const;
    // The first group naming the holder's host or one of its addresses; empty when none.
    QString groupOf(const LeaseRequest& holder) const;
    const QList<HostGroup>& groups() const { return m_groups; }
    const QList<GroupRule>& rules() const { return m_rules; }

    // Why `request` may not start, given the other live leases of its type
    // (not the one its instance holds), once the license allowed it.
    std::optional<Denial> check(const LeaseRequest& request, const ComponentAllowance& allowance,
                                const QList<Lease>& others) const;
    // Each rule's group and type with its live use, then the use of hosts in
    // no group per type that has rules.
    QList<GroupUsage> usage(const QList<Lease>& live) const;

private:
    Status parseLine(const QStringList& words);
    Status parseGroup(const QStringList& words);
    Status parseRule(const QStringList& words);
    const GroupRule* ruleFor(const QString& group, const QString& component) const;

    QList<HostGroup> m_groups;
    QList<GroupRule> m_rules;
};

} // namespace lk
