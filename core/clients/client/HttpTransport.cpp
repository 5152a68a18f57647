#include "client/HttpTransport.h"

namespace lk {

HttpTransport::HttpTransport(QObject* parent)
    : QObject(parent) {}

HttpTransport::~HttpTransport() = default;

void HttpTransport::setTlsOptions(TlsClientOptions options) {
    m_tls = std::move(options);
    for (const auto& connection : m_connections)
        connection->closeIfIdle();
}

int HttpTransport::connectionsOpened() const {
    int opened = 0;
    for (const auto& connection : m_connections)
        opened += connection->opened();
    return opened;
}

void HttpTransport::send(const TransportRequest& request,
                         std::function<void(const TransportResponse&)> done) {
    m_queue.push_back({request, std::move(done)});
    dispatchNext();
}

void HttpTransport::dispatchNext() {
    QByteArray headers;
    if (!m_siteKey.isEmpty())
        headers = "X-Site-Key: " + m_siteKey + "\r\n";
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        Queued next = std::move(m_queue.front());
        m_queue.pop_front();
        HttpConnection* connection = idleConnectionTo(next.request.url);
        ++m_inFlight;
        connection->send(next.request, headers, m_timeoutMs,
                         [this, done = std::move(next.done)](const TransportResponse& response) {
                             --m_inFlight;
                             done(response);
                             dispatchNext();
                         });
    }
}

// An open idle connection to the url's License Manager if there is one, else
// an idle one to open again (for it, or taken from another), else a new one.
HttpConnection* HttpTransport::idleConnectionTo(const QUrl& url) {
    const QString origin = HttpConnection::originOf(url);
    HttpConnection* closedSameOrigin = nullptr;
    HttpConnection* otherOrigin = nullptr;
    for (const auto& connection : m_connections) {
        if (connection->isBusy())
            continue;
        if (connection->origin() != origin) {
            otherOrigin = otherOrigin ? otherOrigin : connection.get();
            continue;
        }
        if (connection->isOpen())
            return connection.get();
        closedSameOrigin = closedSameOrigin ? closedSameOrigin : connection.get();
    }
    if (closedSameOrigin)
        return closedSameOrigin;
    if (otherOrigin && int(m_connections.size()) >= m_maxInFlight) {
        otherOrigin->retarget(url);
        return otherOrigin;
    }
    m_connections.push_back(std::make_unique<HttpConnection>(url, m_tls, this));
    return m_connections.back().get();
}

} // namespace lk
