#pragma once

#include "client/LicenseTransport.h"
#include "tls/TlsNetworkAccess.h"

#include <QObject>

#include <deque>

namespace lk {

// LicenseTransport over one QNetworkAccessManager, shared by every client in
// the process (keep-alive connections are reused across components).
//
// Requests beyond `maxInFlight` wait in our own queue: QNetworkAccessManager
// opens at most six connections per host and starts a request's timeout when
// the request is created, so ten thousand components starting together would
// otherwise time out while merely waiting for a connection.
class HttpTransport final : public QObject, public LicenseTransport {
    Q_OBJECT

public:
    // Longer than a load balancer's retry window, so that a request it
    // retries on the other node is not abandoned by us first.
    static constexpr int kDefaultTimeoutMs = 10000;

    static constexpr int kDefaultMaxInFlight = 6;

    explicit HttpTransport(QObject* parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    // How https:// License Managers are trusted (--ca, --pin-sha256).
    void setTlsOptions(TlsClientOptions options) { m_manager.setTlsOptions(std::move(options)); }
    // Sent as `X-Site-Key` with every request, for License Managers started
    // with --site-key-file; empty: not sent.
    void setSiteKey(const QByteArray& key) { m_siteKey = key; }
    void send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) override;

private:
    struct Queued {
        TransportRequest request;
        std::function<void(const TransportResponse&)> done;
    };
    void dispatch(Queued queued);
    void dispatchNext();

    TlsNetworkAccess m_manager;
    std::deque<Queued> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_timeoutMs = kDefaultTimeoutMs;
    QByteArray m_siteKey;
};

} // namespace lk
