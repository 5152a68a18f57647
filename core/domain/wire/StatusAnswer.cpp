#include "wire/StatusAnswer.h"

#include "wire/TimeSyncJson.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace lk::wire {

namespace {

QJsonValue orNull(const std::optional<qint64>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject storeToJson(const StatusAnswer::Store& store) {
    return {{u"kind"_s, store.kind},
            {u"healthy"_s, store.healthy},
            {u"detail"_s, store.detail},
            {u"pending_jobs"_s, store.pendingJobs},
            {u"database_clock_offset_ms"_s, orNull(store.databaseClockOffsetMs)}};
}

StatusAnswer::Store storeFromJson(const QJsonObject& json) {
    StatusAnswer::Store store{json.value(u"kind"_s).toString(), json.value(u"healthy"_s).toBool(),
                              json.value(u"detail"_s).toString(), json.value(u"pending_jobs"_s).toInteger(),
                              std::nullopt};
    const QJsonValue offset = json.value(u"database_clock_offset_ms"_s);
    if (offset.isDouble())
        store.databaseClockOffsetMs = std::llround(offset.toDouble());
    return store;
}

} // namespace

QJsonObject StatusAnswer::toJson() const {
    QJsonObject pingJson{{u"ok"_s, ping.ok}, {u"message"_s, ping.message}};
    pingJson.insert(u"reason"_s, ping.ok ? QJsonValue() : QJsonValue(ping.reason));
    const QJsonObject tlsJson{{u"enabled"_s, tls.enabled},
                              {u"only"_s, tls.only},
                              {u"certificate_expires"_s,
                               tls.certificateExpires ? QJsonValue(*tls.certificateExpires) : QJsonValue()}};
    return QJsonObject{
        {u"node"_s, node},
        {u"role"_s, role},
        {u"version"_s, version},
        {u"uptime_s"_s, uptimeS},
        {u"server_time_ms"_s, serverTimeMs},
        {u"maintenance"_s, maintenance},
        {u"ping"_s, pingJson},
        {u"license"_s, license.toJson()},
        {u"cluster"_s, cluster ? QJsonValue(cluster->toJson()) : QJsonValue()},
        {u"store"_s, storeToJson(store)},
        {u"time_sync"_s, timeSync ? QJsonValue(TimeSyncJson::toJson(*timeSync)) : QJsonValue()},
        {u"tls"_s, tlsJson},
    };
}

StatusAnswer StatusAnswer::fromJson(const QJsonObject& json) {
    StatusAnswer status;
    status.node = json.value(u"node"_s).toString();
    status.role = json.value(u"role"_s).toString();
    status.version = json.value(u"version"_s).toString();
    status.uptimeS = json.value(u"uptime_s"_s).toInteger();
    status.serverTimeMs = json.value(u"server_time_ms"_s).toInteger();
    status.maintenance = json.value(u"maintenance"_s).toBool();
    const QJsonObject ping = json.value(u"ping"_s).toObject();
    status.ping = Ping{ping.value(u"ok"_s).toBool(), ping.value(u"message"_s).toString(),
                       ping.value(u"reason"_s).toString()};
    status.license = LicenseStatus::fromJson(json.value(u"license"_s).toObject());
    // An older node has no cluster; the console treats that as one without a registry.
    status.cluster = ClusterStatus::fromJson(json.value(u"cluster"_s).toObject());
    if (!json.value(u"cluster"_s).isObject())
        status.cluster.reset();
    status.store = storeFromJson(json.value(u"store"_s).toObject());
    if (const QJsonValue sync = json.value(u"time_sync"_s); sync.isObject())
        status.timeSync = TimeSyncJson::fromJson(sync.toObject());
    const QJsonObject tls = json.value(u"tls"_s).toObject();
    const QJsonValue expires = tls.value(u"certificate_expires"_s);
    status.tls = Tls{tls.value(u"enabled"_s).toBool(), tls.value(u"only"_s).toBool(),
                     expires.isString() ? std::optional<QString>(expires.toString()) : std::nullopt};
    return status;
}

} // namespace lk::wire
