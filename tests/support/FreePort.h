// Ports for tests that need one before anything listens on it (a load
// balancer's front, a node started later) or one that nobody answers on.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QTcpServer>

namespace lk::test {

// A port of 127.0.0.1 the system just handed out and that is closed again:
// free now, and unlikely to be handed out again soon. 0 when none could be had.
inline quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// The URL of such a port: a License Manager that does not answer.
inline QString closedPortUrl() {
    return QStringLiteral("http://127.0.0.1:%1").arg(freePort());
}

} // namespace lk::test
