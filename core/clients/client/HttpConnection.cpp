#include "client/HttpConnection.h"

#include "tls/TlsVerifier.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QByteArray hostHeader(const QUrl& url) {
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 address
    if (url.port() >= 0)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray requestTarget(const QUrl& url) {
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

} // namespace

HttpConnection::HttpConnection(const QUrl& origin, const TlsClientOptions& tls, QObject* parent)
    : QObject(parent)
    , m_origin(origin)
    , m_originKey(originOf(origin))
    , m_tls(tls) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(&m_socket, &QAbstractSocket::connected, this, [this] {
        if (!isTls())
            writeRequest();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(&m_socket, &QSslSocket::sslErrors, this, &HttpConnection::onSslErrors);
    connect(&m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::onError);
}

HttpConnection::~HttpConnection() {
    // The socket outlives the members its signals would reach: silence it first.
    m_socket.disconnect(this);
    m_socket.abort();
}

QString HttpConnection::originOf(const QUrl& url) {
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

bool HttpConnection::isTls() const {
    return m_origin.scheme() == u"https"_s;
}

bool HttpConnection::isOpen() const {
    return m_socket.state() == QAbstractSocket::ConnectedState && (!isTls() || m_socket.isEncrypted());
}

void HttpConnection::send(const TransportRequest& request, const QByteArray& extraHeaders, int timeoutMs,
                          Done done) {
    Q_ASSERT(!isBusy());
    m_done = std::move(done);
    m_url = request.url;
    m_timeoutMs = timeoutMs;
    m_parser = {};
    m_tlsRefusal.clear();
    m_retried = false;
    m_request = request.method + ' ' + requestTarget(request.url) +
                " HTTP/1.1\r\nHost: " + hostHeader(request.url) + "\r\n" + extraHeaders;
    if (!request.body.isEmpty())
        m_request += "Content-Type: application/json\r\n";
    m_request += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
    m_timeout.start(timeoutMs);
    m_reused = isOpen();
    if (m_reused)
        writeRequest();
    else // queued: a socket may report some failures from within connectToHost(), and `done` must come later
        QMetaObject::invokeMethod(this, &HttpConnection::open, Qt::QueuedConnection);
}

void HttpConnection::closeIfIdle() {
    if (!isBusy())
        m_socket.abort();
}

void HttpConnection::retarget(const QUrl& origin) {
    Q_ASSERT(!isBusy());
    m_socket.abort();
    m_origin = origin;
    m_originKey = originOf(origin);
}

void HttpConnection::open() {
    m_socket.abort();
    ++m_opened;
    const quint16 port = quint16(m_origin.port(isTls() ? 443 : 80));
    if (isTls()) {
        m_socket.setSslConfiguration(m_tls.sslConfiguration());
        m_socket.connectToHostEncrypted(m_origin.host(), port);
    } else {
        m_socket.connectToHost(m_origin.host(), port);
    }
}

void HttpConnection::writeRequest() {
    if (isBusy())
        m_socket.write(m_request);
}

void HttpConnection::onReadyRead() {
    const QByteArray bytes = m_socket.readAll();
    if (!isBusy()) {
        // Nothing was asked: a connection that says something now is out of
        // step with its requests and answers. The next send opens a new one.
        if (!bytes.isEmpty())
            m_socket.abort();
        return;
    }
    switch (m_parser.feed(bytes)) {
    case HttpResponseParser::State::Incomplete:
        return;
    case HttpResponseParser::State::Failed:
        fail(m_parser.error());
        return;
    case HttpResponseParser::State::Complete:
        finish({m_parser.status(), {}, QJsonDocument::fromJson(m_parser.body()).object()},
               m_parser.keepAlive());
        return;
    }
}

void HttpConnection::onDisconnected() {
    if (!isBusy())
        return;
    if (m_parser.finish() == HttpResponseParser::State::Complete) {
        finish({m_parser.status(), {}, QJsonDocument::fromJson(m_parser.body()).object()}, false);
        return;
    }
    if (!retryOnFreshConnection())
        fail(m_tlsRefusal.isEmpty() ? m_parser.error() : m_tlsRefusal);
}

void HttpConnection::onError(QAbstractSocket::SocketError error) {
    if (!isBusy() || error == QAbstractSocket::RemoteHostClosedError)
        return; // a close: onDisconnected() decides
    if (m_tlsRefusal.isEmpty() && retryOnFreshConnection())
        return;
    fail(m_tlsRefusal.isEmpty() ? m_socket.errorString() : m_tlsRefusal);
}

// A kept-alive connection the server closed while we sent on it (an idle
// timeout crossing our request): the request never reached the server, so
// it is sent once more, on a new connection.
bool HttpConnection::retryOnFreshConnection() {
    if (!m_reused || m_retried || m_parser.receivedAnything())
        return false;
    m_retried = true;
    m_reused = false;
    m_parser = {};
    // Not from within the socket's own signal: reconnect from the event loop.
    QMetaObject::invokeMethod(this, &HttpConnection::open, Qt::QueuedConnection);
    return true;
}

void HttpConnection::onSslErrors(const QList<QSslError>& errors) {
    QSslCertificate peer = m_socket.peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    const auto verdict = TlsVerifier::judgeErrors(m_tls, m_url, errors, peer);
    if (verdict.accepted)
        m_socket.ignoreSslErrors();
    else
        m_tlsRefusal = verdict.message; // the handshake fails next, with this as the reason
}

void HttpConnection::onEncrypted() {
    const auto verdict = TlsVerifier::judgeEncrypted(m_tls, m_url, m_socket.peerCertificate());
    if (!verdict.accepted) {
        m_tlsRefusal = verdict.message;
        fail(m_tlsRefusal);
        return;
    }
    writeRequest();
}

void HttpConnection::onTimeout() {
    fail(tr("no answer within %1 s").arg(m_timeoutMs / 1000.0));
}

void HttpConnection::fail(const QString& error) {
    finish({0, error.isEmpty() ? tr("the connection failed") : error, {}}, false);
}

void HttpConnection::finish(const TransportResponse& response, bool keepOpen) {
    m_timeout.stop();
    Done done = std::exchange(m_done, {});
    if (!keepOpen)
        m_socket.abort(); // its signals find nothing busy
    done(response);       // may send the next request on this connection
}

} // namespace lk
