#pragma once

#include "alert/AlertSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lk::wire {

// The alert settings as GET and PUT /api/v1/alerts/settings carry them. A
// field left out of a PUT takes its default; a field of the wrong type is an
// error naming it. Secrets never travel: only the files they are read from.
class AlertSettingsJson {
    Q_DECLARE_TR_FUNCTIONS(AlertSettingsJson)

public:
    static QJsonObject toJson(const AlertSettings& settings);
    static Result<AlertSettings> fromJson(const QJsonObject& json);
    static QJsonObject ruleToJson(const AlertRule& rule);
};

} // namespace lk::wire
