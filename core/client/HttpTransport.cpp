#include "client/HttpTransport.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace lk {

HttpTransport::HttpTransport(QObject* parent) : QObject(parent) {}

void HttpTransport::send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) {
    QNetworkRequest http(request.url);
    http.setTransferTimeout(m_timeoutMs);
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_manager.sendCustomRequest(http, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), timeout = m_timeoutMs] {
        reply->deleteLater();
        TransportResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            response.status = status.toInt();
            response.json = QJsonDocument::fromJson(reply->readAll()).object();
        } else {
            response.error = reply->error() == QNetworkReply::OperationCanceledError
                                 ? tr("no answer within %1 s").arg(timeout / 1000.0)
                                 : reply->errorString();
        }
        done(response);
    });
}

} // namespace lk
