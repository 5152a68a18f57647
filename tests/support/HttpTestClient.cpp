#include "HttpTestClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace lk::test {

QByteArray HttpResult::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpTestClient::HttpTestClient(quint16 port)
    : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port)) {}

void HttpTestClient::setHeader(const QByteArray& name, const QByteArray& value) {
    if (value.isEmpty())
        m_headers.remove(name);
    else
        m_headers.insert(name, value);
}

bool HttpTestClient::waitUntilReady(int timeoutMs) {
    return QTest::qWaitFor([this] { return get(QStringLiteral("/pingLicenseManager")).status == 200; },
                           timeoutMs);
}

bool HttpTestClient::waitUntilServedBy(const QByteArray& node, int inARow, int timeoutMs) {
    int streak = 0;
    return QTest::qWaitFor(
        [&] {
            const HttpResult answer = get(QStringLiteral("/pingLicenseManager"));
            const bool fromNode = answer.status == 200 && answer.header("X-License-Manager-Node") == node;
            streak = fromNode ? streak + 1 : 0;
            return streak >= inARow;
        },
        timeoutMs);
}

HttpResult HttpTestClient::post(const QString& path, const QJsonObject& json) {
    return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

HttpResult HttpTestClient::send(const QByteArray& method, const QString& path, const QByteArray& body) {
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.networkError = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

} // namespace lk::test
