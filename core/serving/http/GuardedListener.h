#pragma once

#include "http/ServerLimits.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>
#include <optional>

namespace lk {

// The License Manager's listening socket. Every accepted connection gets a
// ConnectionGuard before QHttpServer sees it; beyond maxConnections a new
// connection gets a canned 503 and is closed while the others carry on.
// With TLS set, one port serves both: a connection whose first byte starts a
// TLS handshake is encrypted first, any other is plain HTTP (refused when
// TLS only). Bind it to the HttpServer like any QTcpServer.
class GuardedListener final : public QTcpServer {
    Q_OBJECT

public:
    explicit GuardedListener(const ServerLimits& limits, QObject* parent = nullptr);

    void setTls(const QSslConfiguration& configuration, bool tlsOnly);
    void setNodeName(const QByteArray& name) { m_nodeName = name; }
    const ServerLimits& limits() const { return m_limits; }
    // Connections open now, TLS handshakes and idle keep-alives included.
    int openConnections() const { return *m_open; }
    bool tlsEnabled() const { return m_tls.has_value(); }
    bool tlsOnly() const { return m_tlsOnly; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void refuseOverCapacity(qintptr descriptor);
    void onAcceptError(QAbstractSocket::SocketError error);

    ServerLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    bool m_tlsOnly = false;
    QByteArray m_nodeName;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
    std::shared_ptr<int> m_refusing = std::make_shared<int>(0);
    bool m_atCapacityLogged = false;
    bool m_acceptErrorLogged = false;
};

} // namespace lk
