#include "lease/GroupPolicy.h"

#include "util/TextFile.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QRegularExpression kGroupName(u"^[A-Za-z0-9._-]{1,64}$"_s);
const QRegularExpression kHostPattern(u"^[A-Za-z0-9.*?_-]{1,255}$"_s);

struct Used {
    qint64 instances = 0;
    qint64 cores = 0;
};

Error invalid(const QString& message) {
    return makeError(u"invalid_policy"_s, message);
}

std::optional<qint64> count(const QString& word) {
    bool ok = false;
    const qint64 value = word.toLongLong(&ok);
    return ok && value >= 0 && value <= 100'000'000 ? std::optional(value) : std::nullopt;
}

} // namespace

bool HostGroup::contains(const LeaseRequest& holder) const {
    for (const QRegularExpression& pattern : hostPatterns) {
        if (pattern.match(holder.host).hasMatch())
            return true;
    }
    for (const QString& ip : holder.ips) {
        const QHostAddress address(ip);
        for (const auto& [network, prefix] : subnets) {
            if (address.isInSubnet(network, prefix))
                return true;
        }
    }
    return false;
}

Result<GroupPolicy> GroupPolicy::parse(const QByteArray& text) {
    GroupPolicy policy;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines[i]);
        line = line.left(line.indexOf(u'#')).simplified(); // left(-1) of a QString is the whole string
        if (line.isEmpty())
            continue;
        if (auto parsed = policy.parseLine(line.split(u' ')); !parsed)
            return invalid(tr("line %1: %2").arg(i + 1).arg(parsed.error().message));
    }
    return policy;
}

Result<GroupPolicy> GroupPolicy::fromFile(const QString& path) {
    const auto bytes = TextFile::read(path, tr("policy file"));
    if (!bytes)
        return bytes.error();
    auto policy = parse(bytes.value());
    if (!policy)
        return invalid(tr("%1, %2").arg(path, policy.error().message));
    return policy;
}

Status GroupPolicy::parseLine(const QStringList& words) {
    const QString& keyword = words.constFirst();
    if (keyword == u"group"_s)
        return parseGroup(words);
    if (keyword == u"reserve"_s || keyword == u"cap"_s)
        return parseRule(words);
    return invalid(tr("'%1' is not a policy line; use group, reserve or cap").arg(keyword));
}

Status GroupPolicy::parseGroup(const QStringList& words) {
    if (words.size() < 3)
        return invalid(
            tr("write 'group NAME PATTERN...' with at least one host name pattern or address range"));
    HostGroup group;
    group.name = words[1];
    if (!kGroupName.match(group.name).hasMatch())
        return invalid(tr("'%1' is not a group name: use 1 to 64 letters, digits and . _ -").arg(group.name));
    for (const HostGroup& other : std::as_const(m_groups)) {
        if (other.name == group.name)
            return invalid(tr("the group '%1' is defined twice").arg(group.name));
    }
    for (const QString& pattern : words.mid(2)) {
        group.patterns.append(pattern);
        const QHostAddress address(pattern);
        if (pattern.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(pattern);
            if (subnet.second < 0)
                return invalid(tr("'%1' is not an address range such as 10.1.0.0/16").arg(pattern));
            group.subnets.append(subnet);
        } else if (!address.isNull()) {
            group.subnets.append({address, address.protocol() == QHostAddress::IPv4Protocol ? 32 : 128});
        } else if (kHostPattern.match(pattern).hasMatch()) {
            group.hostPatterns.append(
                QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern),
                                   QRegularExpression::CaseInsensitiveOption));
        } else {
            return invalid(
                tr("'%1' is neither a host name pattern (letters, digits, . - _ * ?) nor an address")
                    .arg(pattern));
        }
    }
    m_groups.append(group);
    return {};
}

Status GroupPolicy::parseRule(const QStringList& words) {
    const bool isReserve = words[0] == u"reserve"_s;
    if (words.size() < 5 || words.size() % 2 == 0)
        return invalid(
            tr("write '%1 GROUP TYPE instances N cores N' (either or both amounts)").arg(words[0]));
    const QString& group = words[1];
    if (std::none_of(m_groups.cbegin(), m_groups.cend(), [&](const HostGroup& g) { return g.name == group; }))
        return invalid(tr("unknown group '%1'; define it with a 'group' line above").arg(group));
    GroupAmount amount;
    for (int i = 3; i + 1 < words.size(); i += 2) {
        const auto value = count(words[i + 1]);
        if (!value)
            return invalid(tr("'%1' is not a whole number of %2").arg(words[i + 1], words[i]));
        if (words[i] == u"instances"_s && !amount.instances)
            amount.instances = int(*value);
        else if (words[i] == u"cores"_s && !amount.cores)
            amount.cores = *value;
        else
            return invalid(tr("'%1' here: use instances N and cores N, each once").arg(words[i]));
    }
    auto rule = std::find_if(m_rules.begin(), m_rules.end(),
                             [&](const GroupRule& r) { return r.group == group && r.component == words[2]; });
    if (rule == m_rules.end())
        rule = m_rules.insert(m_rules.end(), GroupRule{group, words[2], {}, {}});
    GroupAmount& slot = isReserve ? rule->reserve : rule->cap;
    if (slot.instances || slot.cores)
        return invalid(tr("a second %1 for group '%2' and type '%3'").arg(words[0], group, words[2]));
    slot = amount;
    return {};
}

bool GroupPolicy::governs(const QString& component) const {
    return std::any_of(m_rules.cbegin(), m_rules.cend(),
                       [&](const GroupRule& rule) { return rule.component == component; });
}

QString GroupPolicy::groupOf(const LeaseRequest& holder) const {
    for (const HostGroup& group : m_groups) {
        if (group.contains(holder))
            return group.name;
    }
    return {};
}

const GroupRule* GroupPolicy::ruleFor(const QString& group, const QString& component) const {
    for (const GroupRule& rule : m_rules) {
        if (rule.group == group && rule.component == component)
            return &rule;
    }
    return nullptr;
}

std::optional<Denial> GroupPolicy::check(const LeaseRequest& request, const ComponentAllowance& allowance,
                                         const QList<Lease>& others) const {
    QMap<QString, Used> used;
    Used total;
    for (const Lease& lease : others) {
        Used& group = used[groupOf(lease.holder)];
        ++group.instances;
        group.cores += lease.holder.cores;
        ++total.instances;
        total.cores += lease.holder.cores;
    }
    const QString own = groupOf(request);
    if (const GroupRule* rule = own.isEmpty() ? nullptr : ruleFor(own, request.component)) {
        const Used mine = used.value(own);
        if (rule->cap.instances && mine.instances + 1 > *rule->cap.instances)
            return Denial{
                DenialReason::GroupCap,
                tr("host %1 is in group %2, which may run at most %3 instances of %4; %5 are running")
                    .arg(request.host, own)
                    .arg(*rule->cap.instances)
                    .arg(request.component)
                    .arg(mine.instances)};
        if (rule->cap.cores && mine.cores + request.cores > *rule->cap.cores)
            return Denial{
                DenialReason::GroupCap,
                tr("host %1 is in group %2, which may use at most %3 cores of %4; %5 are in use and "
                   "%6 asks for %7")
                    .arg(request.host, own)
                    .arg(*rule->cap.cores)
                    .arg(request.component)
                    .arg(mine.cores)
                    .arg(request.instance)
                    .arg(request.cores)};
    }
    Used held; // what other groups' reserves keep back, beyond their own use
    QStringList holders;
    for (const GroupRule& rule : m_rules) {
        if (rule.component != request.component || rule.group == own)
            continue;
        const Used theirs = used.value(rule.group);
        const qint64 instances = std::max<qint64>(0, rule.reserve.instances.value_or(0) - theirs.instances);
        const qint64 cores = std::max<qint64>(0, rule.reserve.cores.value_or(0) - theirs.cores);
        held.instances += instances;
        held.cores += cores;
        if (instances > 0 || cores > 0)
            holders.append(rule.group);
    }
    if (total.instances + 1 + held.instances > allowance.maxInstances)
        return Denial{DenialReason::ReservedForOtherGroup,
                      tr("the %1 instances of %2 not in use are reserved for group %3; host %4 is not in it")
                          .arg(allowance.maxInstances - total.instances)
                          .arg(request.component, holders.join(u", "_s), request.host)};
    if (total.cores + request.cores + held.cores > allowance.maxTotalCores)
        return Denial{DenialReason::ReservedForOtherGroup,
                      tr("%1 of the %2 cores of %3 not in use are reserved for group %4; %5 asks for %6")
                          .arg(held.cores)
                          .arg(allowance.maxTotalCores - total.cores)
                          .arg(request.component, holders.join(u", "_s), request.instance)
                          .arg(request.cores)};
    return std::nullopt;
}

QList<GroupUsage> GroupPolicy::usage(const QList<Lease>& live) const {
    QList<GroupUsage> rows;
    for (const GroupRule& rule : m_rules)
        rows.append(GroupUsage{rule.group, rule.component, 0, 0, rule.reserve, rule.cap});
    QStringList types;
    for (const GroupRule& rule : m_rules) {
        if (!types.contains(rule.component))
            types.append(rule.component);
    }
    for (const QString& type : std::as_const(types))
        rows.append(GroupUsage{QString(), type, 0, 0, {}, {}});
    for (const Lease& lease : live) {
        if (!types.contains(lease.holder.component))
            continue;
        const QString group = groupOf(lease.holder);
        const bool ruled = ruleFor(group, lease.holder.component) != nullptr;
        for (GroupUsage& row : rows) {
            if (row.component == lease.holder.component && row.group == (ruled ? group : QString())) {
                ++row.instances;
                row.cores += lease.holder.cores;
                break;
            }
        }
    }
    return rows;
}

} // namespace lk
