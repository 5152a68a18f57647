#include "client/HttpTransport.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace lk {

HttpTransport::HttpTransport(QObject* parent) : QObject(parent) {}

void HttpTransport::send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) {
    m_queue.push_back({request, std::move(done)});
    dispatchNext();
}

void HttpTransport::dispatchNext() {
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        Queued next = std::move(m_queue.front());
        m_queue.pop_front();
        dispatch(std::move(next));
    }
}

void HttpTransport::dispatch(Queued queued) {
    ++m_inFlight;
    const TransportRequest& request = queued.request;
    QNetworkRequest http(request.url);
    http.setTransferTimeout(m_timeoutMs);
    if (!m_siteKey.isEmpty())
        http.setRawHeader("X-Site-Key", m_siteKey);
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_manager.sendCustomRequest(http, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(queued.done), timeout = m_timeoutMs] {
        reply->deleteLater();
        --m_inFlight;
        TransportResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            response.status = status.toInt();
            response.json = QJsonDocument::fromJson(reply->readAll()).object();
        } else {
            response.error = TlsNetworkAccess::failureText(reply, timeout);
        }
        done(response);
        dispatchNext();
    });
}

} // namespace lk
