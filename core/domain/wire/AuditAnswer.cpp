#include "wire/AuditAnswer.h"

#include "wire/WireFields.h"
#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

const WireFields<AuditEntry>& fields() {
    static const WireFields<AuditEntry> table{
        {u"id"_s, &AuditEntry::id},           {u"at_ms"_s, &AuditEntry::atMs},
        {u"node"_s, &AuditEntry::node},       {u"actor"_s, &AuditEntry::actor},
        {u"role"_s, &AuditEntry::role},       {u"address"_s, &AuditEntry::address},
        {u"action"_s, &AuditEntry::action},   {u"target"_s, &AuditEntry::target},
        {u"outcome"_s, &AuditEntry::outcome}, {u"detail"_s, &AuditEntry::detail},
    };
    return table;
}

} // namespace

QJsonObject AuditAnswer::entryToJson(const AuditEntry& entry) {
    QJsonObject json = fields().toJson(entry);
    json.insert(u"at"_s, WireJson::isoTime(entry.atMs));
    return json;
}

AuditEntry AuditAnswer::entryFromJson(const QJsonObject& json) {
    AuditEntry entry;
    fields().read(json, entry);
    return entry;
}

QJsonObject AuditAnswer::toJson() const {
    QJsonArray array;
    for (const AuditEntry& entry : entries)
        array.append(entryToJson(entry));
    return QJsonObject{{u"entries"_s, array}};
}

Result<AuditAnswer> AuditAnswer::fromJson(const QJsonObject& json) {
    const QJsonValue items = json.value(u"entries"_s);
    if (!items.isArray())
        return WireJson::invalid(WireJson::tr("field 'entries' must be an array"));
    AuditAnswer answer;
    for (const QJsonValue& value : items.toArray())
        answer.entries.append(entryFromJson(value.toObject()));
    return answer;
}

} // namespace lk::wire
