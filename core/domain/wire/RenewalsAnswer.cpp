#include "wire/RenewalsAnswer.h"

#include "wire/WireFields.h"
#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {

namespace {

const WireFields<RenewalRecord> kRecordFields{
    {u"sequence"_s, &RenewalRecord::sequence},          {u"at_ms"_s, &RenewalRecord::atMs},
    {u"lease_id"_s, &RenewalRecord::leaseId},           {u"component"_s, &RenewalRecord::component},
    {u"instance"_s, &RenewalRecord::instance},          {u"host"_s, &RenewalRecord::host},
    {u"forwarded_for"_s, &RenewalRecord::forwardedFor}, {u"peer_address"_s, &RenewalRecord::peerAddress},
};

QJsonObject recordToJson(const RenewalRecord& record) {
    QJsonObject json = kRecordFields.toJson(record);
    json.insert(u"kind"_s, record.kind == RenewalRecord::Kind::Grant ? u"grant"_s : u"renewal"_s);
    return json;
}

RenewalRecord recordFromJson(const QJsonObject& item) {
    RenewalRecord record;
    kRecordFields.read(item, record);
    record.kind = item.value(u"kind"_s).toString() == u"grant"_s ? RenewalRecord::Kind::Grant
                                                                 : RenewalRecord::Kind::Renewal;
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
