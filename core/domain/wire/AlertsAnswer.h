#pragma once

#include "alert/AlertMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace lk::wire {

// GET /api/v1/alerts: the alerts a node raised lately (after a sequence
// number, for a console that polls) and the delivery log. Also the answer of
// POST /api/v1/alerts/test, with the one test alert and its deliveries.
struct AlertsAnswer {
    Q_DECLARE_TR_FUNCTIONS(AlertsAnswer)

public:
    QList<RaisedAlert> alerts;       // oldest first
    QList<AlertDelivery> deliveries; // oldest first
    qint64 lastSeq = 0;              // the newest alert's number; ask for `after` it next time

    QJsonObject toJson() const;
    static Result<AlertsAnswer> fromJson(const QJsonObject& json);

    static QJsonObject alertToJson(const RaisedAlert& alert);
    static QJsonObject deliveryToJson(const AlertDelivery& delivery);
    // The `after` query parameter: absent is 0 (everything kept).
    static Result<qint64> afterFromQuery(const QString& text);
};

} // namespace lk::wire
