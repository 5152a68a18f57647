#pragma once

#include "alert/AlertMessage.h"

#include <QObject>

namespace lk {

// A way an alert reaches people (a webhook, mail). A channel retries on its
// own and reports each alert once, when it was delivered or given up on.
class AlertChannel : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // "webhook" or "mail", as the delivery log and the settings name it.
    virtual QString name() const = 0;
    // Where it delivers, for the log (a URL, recipients); never a secret.
    virtual QString target() const = 0;
    // Starts delivering; `finished` follows exactly once for this message.
    virtual void deliver(const AlertMessage& message) = 0;

Q_SIGNALS:
    void finished(const lk::AlertDelivery& delivery);
};

} // namespace lk
