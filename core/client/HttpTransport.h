#pragma once

#include "client/LicenseTransport.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace lk {

// LicenseTransport over one QNetworkAccessManager, shared by every client in
// the process (keep-alive connections are reused across components).
class HttpTransport final : public QObject, public LicenseTransport {
    Q_OBJECT

public:
    // Longer than a load balancer's retry window, so that a request it
    // retries on the other node is not abandoned by us first.
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit HttpTransport(QObject* parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) override;

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace lk
