#include "wire/TimeSyncJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject TimeSyncJson::toJson(const TimeSync& sync) {
    return {{u"source"_s, sync.source},
            {u"synchronized"_s, sync.synchronized ? QJsonValue(*sync.synchronized) : QJsonValue()},
            {u"detail"_s, sync.detail}};
}

TimeSync TimeSyncJson::fromJson(const QJsonObject& json) {
    TimeSync sync;
    const QJsonValue source = json.value(u"source"_s);
    if (source.isString() && !source.toString().isEmpty())
        sync.source = source.toString();
    const QJsonValue synchronized = json.value(u"synchronized"_s);
    if (synchronized.isBool())
        sync.synchronized = synchronized.toBool();
    sync.detail = json.value(u"detail"_s).toString();
    return sync;
}

} // namespace lk::wire
