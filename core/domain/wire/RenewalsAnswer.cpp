#include "wire/RenewalsAnswer.h"

#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {

namespace {

QJsonObject recordToJson(const RenewalRecord& record) {
    return {{u"sequence"_s, record.sequence},
            {u"kind"_s, record.kind == RenewalRecord::Kind::Grant ? u"grant"_s : u"renewal"_s},
            {u"at_ms"_s, record.atMs},
            {u"lease_id"_s, record.leaseId},
            {u"component"_s, record.component},
            {u"instance"_s, record.instance},
            {u"host"_s, record.host},
            {u"forwarded_for"_s, record.forwardedFor},
            {u"peer_address"_s, record.peerAddress}};
}

RenewalRecord recordFromJson(const QJsonObject& item) {
    RenewalRecord record;
    record.sequence = item.value(u"sequence"_s).toInteger();
    record.kind = item.value(u"kind"_s).toString() == u"grant"_s ? RenewalRecord::Kind::Grant
                                                                 : RenewalRecord::Kind::Renewal;
    record.atMs = item.value(u"at_ms"_s).toInteger();
    record.leaseId = item.value(u"lease_id"_s).toString();
    record.component = item.value(u"component"_s).toString();
    record.instance = item.value(u"instance"_s).toString();
    record.host = item.value(u"host"_s).toString();
    record.forwardedFor = item.value(u"forwarded_for"_s).toString();
    record.peerAddress = item.value(u"peer_address"_s).toString();
    return record;
}

} // namespace

QJsonObject RenewalsAnswer::toJson() const {
    QJsonArray array;
    for (const RenewalRecord& record : renewals)
        array.append(recordToJson(record));
    return QJsonObject{{u"node"_s, node}, {u"last_sequence"_s, lastSequence}, {u"renewals"_s, array}};
}

Result<RenewalsAnswer> RenewalsAnswer::fromJson(const QJsonObject& json) {
    const QJsonValue items = json.value(u"renewals"_s);
    if (!items.isArray())
        return WireJson::invalid(WireJson::tr("field '%1' must be an array").arg(u"renewals"_s));
    RenewalsAnswer answer;
    answer.node = json.value(u"node"_s).toString();
    answer.lastSequence = json.value(u"last_sequence"_s).toInteger();
    for (const QJsonValue& value : items.toArray())
        answer.renewals.append(recordFromJson(value.toObject()));
    return answer;
}

} // namespace lk::wire
