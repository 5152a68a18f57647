#include "http/GuardedListener.h"

#include "http/ConnectionGuard.h"
#include "log/LogCategories.h"

#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// Connections refused at capacity still linger briefly to deliver their 503;
// beyond this many at once, further ones are closed without an answer.
constexpr int kMaxRefusing = 256;
constexpr std::chrono::milliseconds kAcceptRetry{100};

} // namespace

GuardedListener::GuardedListener(const ServerLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits) {
    // Qt's default backlog of 50 drops SYNs in a burst of new connections,
    // and a dropped SYN costs the client (a health check too) a 1 s retry.
    setListenBacklogSize(qBound(128, limits.maxConnections, 4096));
    connect(this, &QTcpServer::acceptError, this, &GuardedListener::onAcceptError);
}

void GuardedListener::setTls(const QSslConfiguration& configuration, bool tlsOnly) {
    m_tls = configuration;
    m_tlsOnly = tlsOnly;
}

void GuardedListener::incomingConnection(qintptr descriptor) {
    m_acceptErrorLogged = false;
    if (*m_open >= m_limits.maxConnections) {
        refuseOverCapacity(descriptor);
        return;
    }
    if (m_atCapacityLogged) {
        m_atCapacityLogged = false;
        qCInfo(lcHttp).noquote() << tr("accepting connections again (%1 open)").arg(*m_open);
    }
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_tls)
        static_cast<QSslSocket*>(socket)->setSslConfiguration(*m_tls);
    auto* guard = new ConnectionGuard(socket, m_limits, m_open, m_nodeName);
    connect(guard, &ConnectionGuard::readyForHttp, this, &GuardedListener::addPendingConnection);
    if (m_tls)
        guard->startSniffing(m_tlsOnly);
    else
        guard->startHttp();
}

void GuardedListener::refuseOverCapacity(qintptr descriptor) {
    if (!m_atCapacityLogged) {
        m_atCapacityLogged = true;
        qCWarning(lcHttp).noquote() << tr("%1 connections open, the limit (--max-connections): new "
                                          "connections get 503 until some close")
                                           .arg(*m_open);
    }
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (*m_refusing >= kMaxRefusing) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto* guard = new ConnectionGuard(socket, m_limits, m_refusing, m_nodeName);
    guard->refuse(503, "Service Unavailable", u"too_many_connections"_s,
                  tr("this License Manager has %1 connections open, its limit; try again shortly")
                      .arg(m_limits.maxConnections));
}

void GuardedListener::onAcceptError(QAbstractSocket::SocketError error) {
    // Qt stops accepting after an error such as "too many open files"; a
    // License Manager must not stay deaf once the descriptors are back.
    if (!m_acceptErrorLogged) {
        m_acceptErrorLogged = true;
        qCWarning(lcHttp).noquote()
            << tr("cannot accept a connection (%1): %2; retrying").arg(int(error)).arg(errorString());
    }
    pauseAccepting();
    QTimer::singleShot(kAcceptRetry, this, &QTcpServer::resumeAccepting);
}

} // namespace lk
