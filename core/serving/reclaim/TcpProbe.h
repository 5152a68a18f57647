#pragma once

#include "lease/ProbeEvidence.h"
#include "util/Clock.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace lk {

// One TCP connect to a component's service address, to tell a process that
// is gone (refused) from a host that does not answer (timeout) or one that
// still listens (open). Nothing is sent: the connection is closed as soon as
// it is made. The answer comes once, on the event loop.
class TcpProbe final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const ProbeResult&)>;

    TcpProbe(const Clock& clock, QObject* parent = nullptr);

    // `done` gets the outcome within about timeoutMs (name lookup included).
    void probe(const ProbeTarget& target, int timeoutMs, Done done);

private:
    void finish(ProbeOutcome outcome, const QString& detail);

    const Clock& m_clock;
    QTcpSocket m_socket;
    QTimer m_timeout;
    Done m_done;
};

} // namespace lk
