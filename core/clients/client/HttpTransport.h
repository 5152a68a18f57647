#pragma once

#include "client/HttpConnection.h"
#include "client/LicenseTransport.h"
#include "tls/TlsClientOptions.h"

#include <QObject>
#include <deque>
#include <memory>
#include <vector>

namespace lk {

// LicenseTransport over a pool of kept-alive HTTP/1.1 connections
// (HttpConnection), shared by every client in the process: components of
// one simulator reuse each other's connections.
//
// At most `maxInFlight` requests are on the wire at once, each on its own
// connection; the rest wait in our queue, and a request's timeout starts
// when it leaves the queue, so ten thousand components starting together
// do not time out while merely waiting for a connection.
class HttpTransport final : public QObject, public LicenseTransport {
    Q_OBJECT

public:
    // Longer than a load balancer's retry window, so that a request it
    // retries on the other node is not abandoned by us first.
    static constexpr int kDefaultTimeoutMs = 10000;

    static constexpr int kDefaultMaxInFlight = 6;

    explicit HttpTransport(QObject* parent = nullptr);
    ~HttpTransport() override;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    // How https:// License Managers are trusted (--ca, --pin-sha256). Open
    // idle connections were judged under the old options: they are closed.
    void setTlsOptions(TlsClientOptions options);
    // Sent as `X-Site-Key` with every request, for License Managers started
    // with --site-key-file; empty: not sent.
    void setSiteKey(const QByteArray& key) { m_siteKey = key; }
    void send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) override;

    // Connections opened so far (tests: kept-alive connections are reused).
    int connectionsOpened() const;

private:
    struct Queued {
        TransportRequest request;
        std::function<void(const TransportResponse&)> done;
    };
    void dispatchNext();
    HttpConnection* idleConnectionTo(const QUrl& url);

    TlsClientOptions m_tls;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    std::deque<Queued> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_timeoutMs = kDefaultTimeoutMs;
    QByteArray m_siteKey;
};

} // namespace lk
