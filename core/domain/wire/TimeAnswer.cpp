#include "wire/TimeAnswer.h"

#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject TimeAnswer::toJson() const {
    return QJsonObject{
        {u"node"_s, node}, {u"receive_time_us"_s, receiveTimeUs}, {u"transmit_time_us"_s, transmitTimeUs}};
}

Result<TimeAnswer> TimeAnswer::fromJson(const QJsonObject& json) {
    auto receive = WireJson::integer(json, u"receive_time_us"_s);
    if (!receive)
        return receive.error();
    auto transmit = WireJson::integer(json, u"transmit_time_us"_s);
    if (!transmit)
        return transmit.error();
    return TimeAnswer{json.value(u"node"_s).toString(), receive.value(), transmit.value()};
}

} // namespace lk::wire
