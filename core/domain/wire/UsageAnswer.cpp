#include "wire/UsageAnswer.h"

#include "wire/WireFields.h"
#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

const WireFields<UsageSample>& sampleFields() {
    static const WireFields<UsageSample> table{
        {u"type"_s, &UsageSample::component},
        {u"at_ms"_s, &UsageSample::atMs},
        {u"instances"_s, &UsageSample::instances},
        {u"cores"_s, &UsageSample::cores},
        {u"allowed_instances"_s, &UsageSample::allowedInstances},
        {u"allowed_cores"_s, &UsageSample::allowedCores},
        {u"denials"_s, &UsageSample::denials},
    };
    return table;
}

const WireFields<UsageAnswer>& answerFields() {
    static const WireFields<UsageAnswer> table{
        {u"step_s"_s, &UsageAnswer::stepS},
        {u"from_ms"_s, &UsageAnswer::fromMs},
        {u"to_ms"_s, &UsageAnswer::toMs},
    };
    return table;
}

} // namespace

QJsonObject UsageAnswer::toJson() const {
    QJsonObject json = answerFields().toJson(*this);
    QJsonArray array;
    for (const UsageSample& sample : samples)
        array.append(sampleFields().toJson(sample));
    json.insert(u"samples"_s, array);
    return json;
}

Result<UsageAnswer> UsageAnswer::fromJson(const QJsonObject& json) {
    const QJsonValue items = json.value(u"samples"_s);
    if (!items.isArray())
        return WireJson::invalid(WireJson::tr("field 'samples' must be an array"));
    UsageAnswer answer;
    answerFields().read(json, answer);
    for (const QJsonValue& value : items.toArray()) {
        UsageSample sample;
        sampleFields().read(value.toObject(), sample);
        sample.stepS = answer.stepS;
        answer.samples.append(sample);
    }
    return answer;
}

} // namespace lk::wire
