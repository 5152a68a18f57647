#include "wire/TimeAnswer.h"

#include "wire/WireReader.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject TimeAnswer::toJson() const {
    return QJsonObject{
        {u"node"_s, node}, {u"receive_time_us"_s, receiveTimeUs}, {u"transmit_time_us"_s, transmitTimeUs}};
}

Result<TimeAnswer> TimeAnswer::fromJson(const QJsonObject& json) {
    WireReader read(json);
    const TimeAnswer answer{json.value(u"node"_s).toString(), read.integer(u"receive_time_us"_s),
                            read.integer(u"transmit_time_us"_s)};
    return read.result(answer);
}

} // namespace lk::wire
