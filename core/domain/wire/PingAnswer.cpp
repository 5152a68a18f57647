#include "wire/PingAnswer.h"

#include "wire/WireReader.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject PingAnswer::toJson() const {
    QJsonObject json{
        {u"status"_s, ready ? u"ok"_s : u"unavailable"_s}, {u"node"_s, node}, {u"message"_s, message}};
    if (!ready)
        json.insert(u"reason"_s, reason);
    return json;
}

Result<PingAnswer> PingAnswer::fromJson(const QJsonObject& json) {
    WireReader read(json);
    const PingAnswer answer{read.string(u"status"_s) == u"ok"_s, json.value(u"node"_s).toString(),
                            json.value(u"message"_s).toString(), json.value(u"reason"_s).toString()};
    return read.result(answer);
}

} // namespace lk::wire
