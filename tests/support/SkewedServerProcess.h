#pragma once

#include "ServerProcess.h"

#include <QStandardPaths>

namespace lk::test {

// A real leasekeeper-server whose clock is shifted by libfaketime
// (ServerProcess::startShifted).
class SkewedServerProcess : public ServerProcess {
public:
    // Starts the server shifted by `shift` (e.g. "+3s", "-90s") with
    // `arguments` plus --port; returns the port it listens on, 0 on failure.
    quint16 start(const QString& shift, const QStringList& arguments, quint16 port = 0) {
        return startShifted(shift, arguments, port);
    }
};

} // namespace lk::test
