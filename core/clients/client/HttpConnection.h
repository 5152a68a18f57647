#pragma once

#include "client/HttpResponseParser.h"
#include "client/LicenseTransport.h"
#include "tls/TlsClientOptions.h"

#include <QSslSocket>
#include <QTimer>

namespace lk {

// One kept-alive HTTP/1.1 connection to one License Manager, one exchange at
// a time; HttpTransport keeps a pool of them.
//
// Why not QNetworkAccessManager: in Qt 6.4 it reads an answer's status line
// and headers one byte per read() system call (about 130 calls per answer of
// a License Manager) and hands every request to a thread of its own; a
// process that simulates ten thousand components spent most of its CPU
// there (docs/performance.md). Here the socket is buffered and everything
// stays on the caller's thread.
class HttpConnection final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const TransportResponse&)>;

    // `tls` must outlive the connection; it is read at each new connection.
    HttpConnection(const QUrl& origin, const TlsClientOptions& tls, QObject* parent = nullptr);
    // A pending exchange is dropped without an answer.
    ~HttpConnection() override;

    static QString originOf(const QUrl& url);
    const QString& origin() const { return m_originKey; }
    bool isBusy() const { return bool(m_done); }
    bool isOpen() const;

    // Sends `request` (to this connection's origin); `done` is called once,
    // later, with the answer or why there is none.
    void send(const TransportRequest& request, const QByteArray& extraHeaders, int timeoutMs, Done done);
    // Drops the open connection, if idle; the next send opens a new one.
    void closeIfIdle();
    // An idle connection, taken for another License Manager.
    void retarget(const QUrl& origin);
    // Connections opened so far (each new TCP connection counts).
    int opened() const { return m_opened; }

private:
    void open();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void onEncrypted();
    void onTimeout();
    bool retryOnFreshConnection();
    void finish(const TransportResponse& response, bool keepOpen);
    void fail(const QString& error);
    bool isTls() const;

    QUrl m_origin;
    QString m_originKey; // originOf(m_origin)
    const TlsClientOptions& m_tls;
    QSslSocket m_socket;
    QTimer m_timeout;
    HttpResponseParser m_parser;
    QByteArray m_request;
    QUrl m_url;
    Done m_done;
    int m_timeoutMs = 0;
    int m_opened = 0;
    bool m_reused = false;  // the exchange began on a connection opened before it
    bool m_retried = false; // and was sent again on a new one
    QString m_tlsRefusal;
};

} // namespace lk
