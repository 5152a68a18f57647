#pragma once

#include <QString>
#include <QUrl>

namespace lk {

// What ClockProbe found out about one node's clock.
struct ClockMeasurement {
    QUrl url;     // the node's base URL, as given
    QString node; // the node's name, from its answer
    bool ok = false;
    QString error;       // why there is no measurement, for an administrator
    qint64 offsetUs = 0; // node clock minus this host's clock
    qint64 delayUs = 0;  // network delay of the sample the offset comes from
    int samples = 0;     // valid samples taken
};

} // namespace lk
