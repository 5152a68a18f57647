#pragma once

#include "alert/AlertSettings.h"
#include "util/Result.h"

#include <QJsonObject>

namespace lk::wire {

// GET and PUT /api/v1/alerts/settings answer with the settings and the file
// the node saves them to, so that a console can say where they live.
struct AlertSettingsAnswer {
    AlertSettings settings;
    QString file; // empty when the node runs without --alerts: it cannot save

    QJsonObject toJson() const;
    static Result<AlertSettingsAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
