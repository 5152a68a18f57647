#include "wire/LeaseJson.h"

#include "lease/ReclaimPolicy.h"
#include "wire/JsonObjectSplitter.h"
#include "wire/LeaseRequestJson.h"
#include "wire/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lk::wire {

namespace {

// The component's own fields, as it sent them (LeaseRequest::toJson writes
// them); read without the checks a new request gets.
LeaseRequest holder(const QJsonObject& json) {
    LeaseRequest request;
    request.component = json.value(u"component"_s).toString();
    request.instance = json.value(u"instance"_s).toString();
    request.host = json.value(u"host"_s).toString();
    for (const QJsonValue& ip : json.value(u"ips"_s).toArray())
        request.ips << ip.toString();
    request.cores = json.value(u"cores"_s).toInt();
    request.version = json.value(u"version"_s).toString();
    request.probe = json.value(u"probe"_s).toString();
    return request;
}

// What the probes of an overdue lease found (schema ProbeEvidence).
QJsonObject evidenceToJson(const QList<ProbeResult>& probes) {
    QJsonArray list;
    for (const ProbeResult& probe : probes)
        list.append(QJsonObject{{u"at_ms"_s, probe.atMs},
                                {u"outcome"_s, ProbeResult::code(probe.outcome)},
                                {u"detail"_s, probe.detail}});
    return QJsonObject{{u"verdict"_s, ReclaimJudge::verdictCode(ReclaimJudge::verdict(probes))},
                       {u"summary"_s, ReclaimJudge::describe(probes)},
                       {u"probes"_s, list}};
}

// Probes with an outcome this build does not know are left out.
QList<ProbeResult> evidenceFromJson(const QJsonObject& evidence) {
    QList<ProbeResult> probes;
    for (const QJsonValue& value : evidence.value(u"probes"_s).toArray()) {
        const QJsonObject probe = value.toObject();
        const auto outcome = ProbeResult::outcomeFromCode(probe.value(u"outcome"_s).toString());
        if (outcome)
            probes.append(
                {probe.value(u"at_ms"_s).toInteger(), *outcome, probe.value(u"detail"_s).toString()});
    }
    return probes;
}

Result<QJsonArray> array(const QJsonObject& json, const QString& field) {
    const QJsonValue value = json.value(field);
    if (!value.isArray())
        return WireJson::invalid(WireJson::tr("field '%1' must be an array").arg(field));
    return value.toArray();
}

} // namespace

QJsonObject leaseToJson(const Lease& lease, bool overdue) {
    QJsonObject json = LeaseRequestJson::toJson(lease.holder);
    json.insert(u"lease_id"_s, lease.id);
    json.insert(u"node"_s, lease.node);
    json.insert(u"granted_ms"_s, lease.grantedMs);
    json.insert(u"last_renewal_ms"_s, lease.lastRenewalMs);
    json.insert(u"grace_deadline_ms"_s, lease.graceDeadlineMs);
    json.insert(u"state"_s, overdue ? u"overdue"_s : u"active"_s);
    if (!lease.probes.isEmpty())
        json.insert(u"evidence"_s, evidenceToJson(lease.probes));
    return json;
}

Lease leaseFromJson(const QJsonObject& json) {
    Lease lease;
    lease.id = json.value(u"lease_id"_s).toString();
    lease.holder = holder(json);
    lease.node = json.value(u"node"_s).toString();
    lease.grantedMs = json.value(u"granted_ms"_s).toInteger();
    lease.lastRenewalMs = json.value(u"last_renewal_ms"_s).toInteger();
    lease.graceDeadlineMs = json.value(u"grace_deadline_ms"_s).toInteger();
    lease.probes = evidenceFromJson(json.value(u"evidence"_s).toObject());
    return lease;
}

QJsonObject historyEntryToJson(const HistoryEntry& entry) {
    QJsonObject json = LeaseRequestJson::toJson(entry.holder);
    const bool denial = entry.kind == HistoryEntry::Kind::Denial;
    json.insert(u"kind"_s, denial ? u"denial"_s : u"lease"_s);
    json.insert(u"node"_s, entry.node);
    json.insert(u"start_ms"_s, entry.startMs);
    json.insert(u"end_ms"_s, entry.endMs ? QJsonValue(*entry.endMs) : QJsonValue());
    if (denial) {
        json.insert(u"reason"_s, entry.denialReason ? reasonCode(*entry.denialReason) : QString());
        json.insert(u"message"_s, entry.note);
    } else {
        json.insert(u"lease_id"_s, entry.leaseId);
        json.insert(u"reason"_s, entry.endReason ? QJsonValue(reasonCode(*entry.endReason)) : QJsonValue());
        json.insert(u"note"_s, entry.note.isEmpty() ? QJsonValue() : QJsonValue(entry.note));
    }
    return json;
}

HistoryEntry historyEntryFromJson(const QJsonObject& json) {
    HistoryEntry entry;
    const bool denial = json.value(u"kind"_s).toString() == u"denial"_s;
    entry.kind = denial ? HistoryEntry::Kind::Denial : HistoryEntry::Kind::Lease;
    entry.leaseId = json.value(u"lease_id"_s).toString();
    entry.holder = holder(json);
    entry.node = json.value(u"node"_s).toString();
    entry.startMs = json.value(u"start_ms"_s).toInteger();
    if (!json.value(u"end_ms"_s).isNull())
        entry.endMs = json.value(u"end_ms"_s).toInteger();
    const QString reason = json.value(u"reason"_s).toString();
    if (denial) {
        entry.denialReason = denialReasonFromString(reason);
        entry.note = json.value(u"message"_s).toString();
    } else {
        entry.endReason = endReasonFromString(reason);
        entry.note = json.value(u"note"_s).toString();
    }
    return entry;
}

QJsonObject LeaseListAnswer::toJson() const {
    QJsonArray array;
    for (const Item& item : leases)
        array.append(leaseToJson(item.lease, item.overdue));
    return QJsonObject{{u"leases"_s, array},
                       {u"server_time_ms"_s, serverTimeMs},
                       {u"full"_s, full},
                       {u"ended"_s, QJsonArray::fromStringList(ended)},
                       {u"cursor"_s, cursor}};
}

namespace {

// The answer's fields other than the leases.
LeaseListAnswer answerHeader(const QJsonObject& json) {
    LeaseListAnswer answer;
    answer.serverTimeMs = json.value(u"server_time_ms"_s).toInteger();
    answer.full = json.value(u"full"_s).toBool(true);
    answer.cursor = json.value(u"cursor"_s).toString();
    for (const QJsonValue& id : json.value(u"ended"_s).toArray())
        answer.ended.append(id.toString());
    return answer;
}

// 100,000 leases name a handful of types, nodes and versions: keeps one copy
// of each instead of one per lease.
class CommonStrings {
public:
    void share(QString& text) {
        const auto known = m_known.constFind(text);
        if (known != m_known.constEnd())
            text = *known;
        else if (m_known.size() < 1000)
            m_known.insert(text);
    }

private:
    QSet<QString> m_known;
};

LeaseListAnswer::Item itemFrom(const QJsonObject& json, CommonStrings& common) {
    Lease lease = leaseFromJson(json);
    common.share(lease.holder.component);
    common.share(lease.holder.version);
    common.share(lease.node);
    return {std::move(lease), json.value(u"state"_s).toString() == u"overdue"_s};
}

} // namespace

Result<LeaseListAnswer> LeaseListAnswer::fromJson(const QJsonObject& json) {
    auto items = array(json, u"leases"_s);
    if (!items)
        return items.error();
    LeaseListAnswer answer = answerHeader(json);
    answer.leases.reserve(items->size());
    CommonStrings common;
    for (const QJsonValue& value : items.value())
        answer.leases.append(itemFrom(value.toObject(), common));
    return answer;
}

Result<LeaseListAnswer> LeaseListAnswer::fromJsonText(QByteArrayView text) {
    const auto whole = [text] { return fromJson(QJsonDocument::fromJson(text.toByteArray()).object()); };
    const std::optional<JsonObjectSplitter::Parts> parts = JsonObjectSplitter::split(text, "leases");
    if (!parts || !parts->arrayFound)
        return whole(); // the same answer, or the same complaint, as a whole parse
    QJsonParseError error{};
    const QJsonDocument rest = QJsonDocument::fromJson(parts->rest, &error);
    if (error.error != QJsonParseError::NoError)
        return whole();
    LeaseListAnswer answer = answerHeader(rest.object());
    answer.leases.reserve(parts->elements.size());
    CommonStrings common;
    for (const QByteArrayView element : parts->elements) {
        // fromRawData: the element is parsed where it lies, not copied first.
        const QJsonDocument lease =
            QJsonDocument::fromJson(QByteArray::fromRawData(element.data(), element.size()), &error);
        if (error.error != QJsonParseError::NoError)
            return whole();
        answer.leases.append(itemFrom(lease.object(), common));
    }
    return answer;
}

QJsonObject HistoryAnswer::toJson() const {
    QJsonArray array;
    for (const HistoryEntry& entry : history)
        array.append(historyEntryToJson(entry));
    return QJsonObject{{u"history"_s, array}};
}

Result<HistoryAnswer> HistoryAnswer::fromJson(const QJsonObject& json) {
    auto items = array(json, u"history"_s);
    if (!items)
        return items.error();
    HistoryAnswer answer;
    for (const QJsonValue& value : items.value())
        answer.history.append(historyEntryFromJson(value.toObject()));
    return answer;
}

} // namespace lk::wire
