#include "timesync/TimeSync.h"

using namespace Qt::StringLiterals;

namespace lk {

QJsonObject TimeSync::toJson() const {
    return {{u"source"_s, source},
            {u"synchronized"_s, synchronized ? QJsonValue(*synchronized) : QJsonValue()},
            {u"detail"_s, detail}};
}

TimeSync TimeSync::fromJson(const QJsonObject& json) {
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

} // namespace lk
