// SqlTransaction's work ahead of the jobs that need it: a batch's planned
// renewals in one statement, its planned grants' instances read at once, and
// what the transaction remembers kept true through its own writes.
#include "store/SqlRows.h"
#include "store/SqlStore.h"
#include "store/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {

void SqlTransaction::planGrant(const QString& component, const QString& instance) {
    if (m_ahead)
        m_plannedInstances.append({component, instance});
}

Status SqlTransaction::readPlannedInstances() {
    const auto planned = std::exchange(m_plannedInstances, {});
    QStringList components; // almost always one
    for (const Instance& plan : planned) {
        if (!components.contains(plan.first))
            components.append(plan.first);
    }
    for (const QString& component : std::as_const(components)) {
        QStringList instances;
        for (const Instance& plan : planned) {
            if (plan.first == component && !m_liveByInstance.contains(plan)) {
                instances.append(plan.second);
                m_liveByInstance.insert(plan, std::nullopt); // unless found below
            }
        }
        if (instances.isEmpty())
            continue;
        const QString list = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(instances)).toJson(QJsonDocument::Compact));
        auto live =
            selectLeases(u"component = ? AND %1"_s.arg(m_store.inJsonArray(u"instance")), {component, list});
        if (!live)
            return live.error();
        for (const Lease& lease : live.value())
            m_liveByInstance.insert({lease.holder.component, lease.holder.instance}, lease);
    }
    return {};
}

void SqlTransaction::leaseChanged(const QString& id, bool ended) {
    if (ended)
        m_usage.clear(); // read again when needed: which type and how many cores is not known here
    for (auto it = m_liveByInstance.begin(); it != m_liveByInstance.end();) {
        if (it->has_value() && (*it)->id == id) {
            if (!ended) {
                it = m_liveByInstance.erase(it); // renewed: read again when needed
                continue;
            }
            *it = std::nullopt;
        }
        ++it;
    }
}

void SqlTransaction::planRenewal(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                                 const QString& node) {
    if (m_ahead)
        m_planned.append({id, RenewalArgs{renewalMs, graceDeadlineMs, node}});
}

Status SqlTransaction::renewPlanned() {
    const auto planned = std::exchange(m_planned, {});
    QList<RenewalArgs> kinds; // almost always one: same time, grace and node
    for (const auto& plan : planned) {
        if (!kinds.contains(plan.second))
            kinds.append(plan.second);
    }
    for (const RenewalArgs& args : std::as_const(kinds)) {
        QStringList ids;
        for (const auto& plan : planned) {
            if (plan.second == args)
                ids.append(plan.first);
        }
        auto renewed = renewAll(ids, args);
        if (!renewed)
            return renewed.error();
        for (const Lease& lease : renewed.value())
            m_renewedAhead.insert(lease.id, {args, lease});
    }
    return {};
}

Result<QList<Lease>> SqlTransaction::renewAll(const QStringList& ids, const RenewalArgs& args) {
    auto seq = changeSeq();
    if (!seq)
        return seq.error();
    const QString idList =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    // "grace_deadline_ms + 0": a condition no index can answer. Otherwise a
    // generic plan, made with a parameter for the time, may walk the
    // deadline index over every live lease (PostgreSQL guesses a third of
    // them for ">= ?"; all of them are in time) instead of probing the
    // primary key: 5 ms instead of 0.24 ms for a batch of about 15
    // renewals of 1,000 leases (docs/performance.md, item 10).
    auto query =
        m_store.run(u"UPDATE leases SET last_renewal_ms = ?, grace_deadline_ms = ?, node = ?, change_seq = ? "
                    u"WHERE %1 AND ended_ms IS NULL AND grace_deadline_ms + 0 >= ? RETURNING %2"_s.arg(
                        m_store.inJsonArray(u"id"), QStringView(sqlrows::kLeaseColumns)),
                    {args.renewalMs, args.graceDeadlineMs, args.node, seq.value(), idList, args.renewalMs});
    if (!query)
        return query.error();
    QList<Lease> renewed = sqlrows::leasesFrom(**query);
    for (const Lease& lease : std::as_const(renewed))
        leaseChanged(lease.id, false);
    return renewed;
}

} // namespace lk
