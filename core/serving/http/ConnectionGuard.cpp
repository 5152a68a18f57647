#include "http/ConnectionGuard.h"

#include "http/SocketShutdown.h"
#include "log/LogCategories.h"
#include "wire/ErrorBody.h"

#include <QJsonDocument>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr char kTlsHandshakeRecord = 0x16;

QByteArray cannedResponse(int status, QByteArrayView reason, const QString& code, const QString& message,
                          const QByteArray& nodeName) {
    const QByteArray body =
        QJsonDocument(wire::ErrorBody{code, message}.toJson()).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray() + "\r\n";
    if (!nodeName.isEmpty())
        response += "X-License-Manager-Node: " + nodeName + "\r\n";
    response += "Cache-Control: no-store\r\nContent-Type: application/json\r\nConnection: close\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ServerLimits& limits, std::shared_ptr<int> open,
                                 QByteArray nodeName)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_open(std::move(open))
    , m_nodeName(std::move(nodeName))
    , m_scanner(limits.maxRequestBytes, limits.maxHeaderBytes) {
    if (m_open)
        ++*m_open;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    // First on readyRead: QHttpServer connects only after readyForHttp.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    // QHttpServer deletes the sockets it has, but not those it never saw;
    // deleteLater() twice is harmless (and never runs inside a handler).
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    // Bounds what Qt buffers for a request QHttpServer has not finished
    // parsing, even if a limit above were ever miscounted.
    socket->setReadBufferSize(limits.maxRequestBytes + limits.maxHeaderBytes);
}

ConnectionGuard::~ConnectionGuard() {
    if (m_open)
        --*m_open;
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket) {
    return socket ? socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString ConnectionGuard::peer() const {
    return m_socket ? m_socket->peerAddress().toString() : QString();
}

void ConnectionGuard::startHttp() {
    handOver();
}

void ConnectionGuard::startSniffing(bool tlsOnly) {
    m_tlsOnly = tlsOnly;
    m_stage = Stage::Sniffing;
    startTimer(TimerKind::Idle, m_limits.idleTimeout);
    auto* ssl = qobject_cast<QSslSocket*>(m_socket.data());
    Q_ASSERT(ssl);
    connect(ssl, &QSslSocket::encrypted, this, [this] {
        if (m_stage == Stage::Handshaking)
            handOver();
    });
    connect(ssl, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_stage != Stage::Handshaking || error == QAbstractSocket::RemoteHostClosedError)
                    return;
                m_stage = Stage::Closing; // logged once per connection
                qCWarning(lcHttp).noquote()
                    << tr("TLS handshake with %1 failed: %2").arg(peer(), m_socket->errorString());
                m_socket->abort();
            });
    if (m_socket->bytesAvailable() > 0)
        sniff();
}

void ConnectionGuard::sniff() {
    char first = 0;
    if (m_socket->peek(&first, 1) != 1)
        return;
    if (first == kTlsHandshakeRecord) {
        m_stage = Stage::Handshaking;
        startTimer(TimerKind::Request, m_limits.requestTimeout);
        static_cast<QSslSocket*>(m_socket.data())->startServerEncryption();
        return;
    }
    if (m_tlsOnly) {
        refuse(400, "Bad Request", u"tls_required"_s,
               tr("this License Manager accepts only HTTPS: use https:// to reach it"));
        return;
    }
    handOver();
}

void ConnectionGuard::handOver() {
    m_stage = Stage::Http;
    rearm();
    Q_EMIT readyForHttp(m_socket);
    // Bytes that came before QHttpServer connected (the request that followed
    // the first byte, or a TLS client's first request sent with its Finished
    // message) would otherwise wait for more bytes that may never come.
    QTimer::singleShot(0, this, [this] {
        if (m_socket && m_stage == Stage::Http && m_socket->bytesAvailable() > 0)
            Q_EMIT m_socket->readyRead();
    });
}

void ConnectionGuard::onReadyRead() {
    if (m_stage == Stage::Sniffing) {
        sniff();
        return;
    }
    if (m_stage == Stage::Closing) {
        drain();
        return;
    }
    if (m_stage != Stage::Http)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    const qint64 skipped = qMin(available, m_scanner.skippable());
    RequestScanner::Verdict verdict = m_scanner.skip(skipped);
    if (verdict == RequestScanner::Verdict::Fine && available > skipped)
        verdict = m_scanner.feed(QByteArrayView(m_socket->peek(available)).sliced(skipped));
    switch (verdict) {
    case RequestScanner::Verdict::RequestTooLarge:
        refuse(413, "Content Too Large", u"payload_too_large"_s,
               tr("the request exceeds the limit of %1 bytes").arg(m_limits.maxRequestBytes));
        return;
    case RequestScanner::Verdict::HeadersTooLarge:
        refuse(431, "Request Header Fields Too Large", u"headers_too_large"_s,
               tr("the request headers exceed the limit of %1 bytes").arg(m_limits.maxHeaderBytes));
        return;
    case RequestScanner::Verdict::Fine:
        break;
    }
    rearm();
}

void ConnectionGuard::requestArrived() {
    m_scanner.requestHandled();
    m_awaitingResponse = true;
    rearm();
}

void ConnectionGuard::onBytesWritten() {
    if (!m_socket || m_socket->bytesToWrite() > 0)
        return;
    if (m_stage == Stage::Closing) {
        halfClose();
        return;
    }
    if (m_stage != Stage::Http || !m_awaitingResponse)
        return;
    m_awaitingResponse = false;
    if (m_scanner.closeRequested() && !m_scanner.inRequest()) {
        m_stage = Stage::Closing;
        m_timer.stop();
        m_socket->disconnectFromHost();
        return;
    }
    rearm();
}

void ConnectionGuard::rearm() {
    if (m_stage != Stage::Http)
        return;
    if (m_awaitingResponse) {
        // The answer is being computed: neither idle nor slow.
        m_timer.stop();
        m_timerKind = TimerKind::None;
    } else if (m_scanner.inRequest()) {
        if (m_timerKind != TimerKind::Request) // from the first byte, not the last
            startTimer(TimerKind::Request, m_limits.requestTimeout);
    } else {
        startTimer(TimerKind::Idle, m_limits.idleTimeout);
    }
}

void ConnectionGuard::startTimer(TimerKind kind, std::chrono::milliseconds interval) {
    m_timerKind = kind;
    m_timer.start(interval);
}

void ConnectionGuard::onTimeout() {
    if (!m_socket)
        return;
    const TimerKind kind = std::exchange(m_timerKind, TimerKind::None);
    switch (kind) {
    case TimerKind::Idle:
        m_stage = Stage::Closing;
        m_socket->disconnectFromHost();
        break;
    case TimerKind::Request:
        if (m_stage == Stage::Handshaking) {
            m_stage = Stage::Closing;
            qCWarning(lcHttp).noquote() << tr("TLS handshake with %1 did not complete within %2 ms")
                                               .arg(peer())
                                               .arg(m_limits.requestTimeout.count());
            m_socket->abort();
        } else {
            refuse(408, "Request Timeout", u"request_timeout"_s,
                   tr("the request did not arrive within %1 ms").arg(m_limits.requestTimeout.count()));
        }
        break;
    case TimerKind::Linger:
        m_socket->abort();
        break;
    case TimerKind::None:
        break;
    }
}

void ConnectionGuard::refuse(int status, QByteArrayView reason, const QString& code, const QString& message) {
    if (!m_socket || m_stage == Stage::Closing)
        return;
    m_stage = Stage::Closing;
    // QHttpServer reads no more from this connection, and what it kept for
    // an unfinished request is dropped.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drain);
    drain();
    startTimer(TimerKind::Linger, m_limits.lingerTimeout);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_socket->abort();
        return;
    }
    m_socket->write(cannedResponse(status, reason, code, message, m_nodeName));
}

void ConnectionGuard::drain() {
    // Read and forget what the client still sends, so that it reads our
    // answer instead of a connection reset; but not forever.
    m_drained += m_socket->skip(m_socket->bytesAvailable());
    if (m_drained > 4 * qMax(m_limits.maxRequestBytes, qint64(1024 * 1024)))
        m_socket->abort();
}

void ConnectionGuard::halfClose() {
    if (m_halfClosed)
        return;
    m_halfClosed = true;
    auto* ssl = qobject_cast<QSslSocket*>(m_socket.data());
    // Our answer is out; the client sees the end of the stream and may still
    // finish sending into the drain until the linger timer ends. A TLS
    // connection is closed through QSslSocket, which sends close_notify first.
    if ((!ssl || !ssl->isEncrypted()) && SocketShutdown::sending(m_socket->socketDescriptor()))
        return;
    m_socket->disconnectFromHost();
}

} // namespace lk
