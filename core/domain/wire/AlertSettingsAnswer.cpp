#include "wire/AlertSettingsAnswer.h"

#include "wire/AlertSettingsJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

QJsonObject AlertSettingsAnswer::toJson() const {
    QJsonObject json = AlertSettingsJson::toJson(settings);
    json.insert(u"file"_s, file);
    return json;
}

Result<AlertSettingsAnswer> AlertSettingsAnswer::fromJson(const QJsonObject& json) {
    auto settings = AlertSettingsJson::fromJson(json);
    if (!settings)
        return settings.error();
    return AlertSettingsAnswer{std::move(settings).value(), json.value(u"file"_s).toString()};
}

} // namespace lk::wire
