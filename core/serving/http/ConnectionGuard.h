#pragma once

#include "http/RequestScanner.h"
#include "http/ServerLimits.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace lk {

// Watches one accepted connection on behalf of GuardedListener, before and
// while QHttpServer serves it: the request size and header limits, the idle
// and request timeouts, the first byte (TLS or plain HTTP) when TLS is on,
// and the canned answers (408, 413, 431, 400, 503) given when a connection
// is cut. A child of its socket, so it dies with it; it connects to the
// socket's readyRead before QHttpServer does, so it sees every byte first.
class ConnectionGuard final : public QObject {
    Q_OBJECT

public:
    // `open` counts the live guards sharing it (the listener's connection count).
    ConnectionGuard(QTcpSocket* socket, const ServerLimits& limits, std::shared_ptr<int> open,
                    QByteArray nodeName);
    ~ConnectionGuard() override;

    static ConnectionGuard* of(QTcpSocket* socket);

    // Plain HTTP: hand over to QHttpServer at once.
    void startHttp();
    // TLS configured: wait for the first byte; 0x16 starts a TLS handshake
    // (the socket must be a QSslSocket with its configuration set), anything
    // else is plain HTTP, refused when `tlsOnly`.
    void startSniffing(bool tlsOnly);
    // QHttpServer is dispatching a request that arrived on this connection.
    void requestArrived();
    // Writes a canned answer, stops reading for QHttpServer and closes.
    void refuse(int status, QByteArrayView reason, const QString& code, const QString& message);

Q_SIGNALS:
    // The connection is ready for QHttpServer (plain, or TLS once encrypted).
    void readyForHttp(QTcpSocket* socket);

private:
    enum class Stage { Waiting, Sniffing, Handshaking, Http, Closing };
    enum class TimerKind { None, Idle, Request, Linger };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void sniff();
    void handOver();
    void rearm();
    void startTimer(TimerKind kind, std::chrono::milliseconds interval);
    void drain();
    void halfClose();
    QString peer() const;

    QPointer<QTcpSocket> m_socket;
    ServerLimits m_limits;
    std::shared_ptr<int> m_open;
    QByteArray m_nodeName;
    RequestScanner m_scanner;
    QTimer m_timer;
    TimerKind m_timerKind = TimerKind::None;
    Stage m_stage = Stage::Waiting;
    bool m_tlsOnly = false;
    bool m_awaitingResponse = false;
    bool m_halfClosed = false;
    qint64 m_drained = 0;
};

} // namespace lk
