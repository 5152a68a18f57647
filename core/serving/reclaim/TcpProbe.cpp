#include "reclaim/TcpProbe.h"

namespace lk {

TcpProbe::TcpProbe(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(ProbeOutcome::Timeout, tr("no answer within %1 ms").arg(m_timeout.interval()));
    });
    connect(&m_socket, &QTcpSocket::connected, this,
            [this] { finish(ProbeOutcome::Open, tr("connection accepted")); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return finish(ProbeOutcome::Refused, tr("connection refused"));
        case QAbstractSocket::SocketTimeoutError:
            return finish(ProbeOutcome::Timeout, m_socket.errorString());
        default:
            // Host not found, network unreachable, ...: nothing was said about the process.
            return finish(ProbeOutcome::Unreachable, m_socket.errorString());
        }
    });
}

void TcpProbe::probe(const ProbeTarget& target, int timeoutMs, Done done) {
    m_done = std::move(done);
    m_timeout.start(timeoutMs);
    m_socket.connectToHost(target.host, target.port);
}

void TcpProbe::finish(ProbeOutcome outcome, const QString& detail) {
    if (!m_done)
        return; // one answer per probe
    m_timeout.stop();
    m_socket.abort();
    const Done done = std::exchange(m_done, nullptr);
    done(ProbeResult{m_clock.nowMs(), outcome, detail});
}

} // namespace lk
