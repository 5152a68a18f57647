#include "wire/AlertsAnswer.h"

#include "wire/WireJson.h"
#include "wire/WireReader.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

qint64 parseTime(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QStringList stringsOf(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

Result<RaisedAlert> alertFromJson(const QJsonObject& json) {
    WireReader read(json);
    RaisedAlert alert;
    alert.seq = read.integer(u"seq"_s);
    alert.message.id = read.string(u"id"_s);
    alert.message.rule = read.string(u"rule"_s);
    alert.message.severity = read.string(u"severity"_s);
    alert.message.subject = read.string(u"subject"_s);
    alert.message.summary = read.string(u"summary"_s);
    alert.message.detail = read.string(u"detail"_s);
    alert.message.node = read.string(u"node"_s);
    alert.message.atMs = parseTime(read.string(u"at"_s));
    alert.message.test = read.boolean(u"test"_s);
    alert.channels = stringsOf(json.value(u"channels"_s));
    return read.result(alert);
}

Result<AlertDelivery> deliveryFromJson(const QJsonObject& json) {
    WireReader read(json);
    AlertDelivery delivery;
    delivery.alertId = read.string(u"alert_id"_s);
    delivery.rule = read.string(u"rule"_s);
    delivery.channel = read.string(u"channel"_s);
    delivery.target = read.string(u"target"_s);
    delivery.delivered = read.boolean(u"delivered"_s);
    delivery.attempts = int(read.integer(u"attempts"_s));
    delivery.detail = read.string(u"detail"_s);
    delivery.atMs = parseTime(read.string(u"at"_s));
    return read.result(delivery);
}

} // namespace

QJsonObject AlertsAnswer::alertToJson(const RaisedAlert& alert) {
    const AlertMessage& m = alert.message;
    return {{u"seq"_s, alert.seq},
            {u"id"_s, m.id},
            {u"rule"_s, m.rule},
            {u"severity"_s, m.severity},
            {u"subject"_s, m.subject},
            {u"summary"_s, m.summary},
            {u"detail"_s, m.detail},
            {u"node"_s, m.node},
            {u"at"_s, WireJson::isoTime(m.atMs)},
            {u"test"_s, m.test},
            {u"channels"_s, QJsonArray::fromStringList(alert.channels)}};
}

QJsonObject AlertsAnswer::deliveryToJson(const AlertDelivery& d) {
    return {{u"alert_id"_s, d.alertId},    {u"rule"_s, d.rule},
            {u"channel"_s, d.channel},     {u"target"_s, d.target},
            {u"delivered"_s, d.delivered}, {u"attempts"_s, d.attempts},
            {u"detail"_s, d.detail},       {u"at"_s, WireJson::isoTime(d.atMs)}};
}

QJsonObject AlertsAnswer::toJson() const {
    QJsonArray alertList;
    for (const RaisedAlert& alert : alerts)
        alertList.append(alertToJson(alert));
    QJsonArray deliveryList;
    for (const AlertDelivery& delivery : deliveries)
        deliveryList.append(deliveryToJson(delivery));
    return {{u"alerts"_s, alertList}, {u"deliveries"_s, deliveryList}, {u"last_seq"_s, lastSeq}};
}

Result<AlertsAnswer> AlertsAnswer::fromJson(const QJsonObject& json) {
    AlertsAnswer answer;
    answer.lastSeq = json.value(u"last_seq"_s).toInteger();
    for (const QJsonValue& item : json.value(u"alerts"_s).toArray()) {
        auto alert = alertFromJson(item.toObject());
        if (!alert)
            return alert.error();
        answer.alerts.append(alert.value());
    }
    for (const QJsonValue& item : json.value(u"deliveries"_s).toArray()) {
        auto delivery = deliveryFromJson(item.toObject());
        if (!delivery)
            return delivery.error();
        answer.deliveries.append(delivery.value());
    }
    return answer;
}

Result<qint64> AlertsAnswer::afterFromQuery(const QString& text) {
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 after = text.toLongLong(&ok);
    if (!ok || after < 0)
        return WireJson::invalid(tr("'after' must be a whole number of 0 or more, not \"%1\"").arg(text));
    return after;
}

} // namespace lk::wire
