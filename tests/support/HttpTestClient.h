#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

namespace lk::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (connection failed or timed out)
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A blocking HTTP client for tests: runs the event loop (so an in-process
// server keeps serving) until the answer arrives or 10 s pass.
class HttpTestClient {
public:
    explicit HttpTestClient(quint16 port)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port)) {}

    void setToken(const QByteArray& token) { m_token = token; }
    // An extra header on every request (an empty value removes it).
    void setHeader(const QByteArray& name, const QByteArray& value) {
        if (value.isEmpty())
            m_headers.remove(name);
        else
            m_headers.insert(name, value);
    }

    HttpResult get(const QString& path) { return send("GET", path, {}); }
    HttpResult post(const QString& path, const QByteArray& body) { return send("POST", path, body); }
    HttpResult post(const QString& path, const QJsonObject& json) {
        return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpResult del(const QString& path) { return send("DELETE", path, {}); }

    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body) {
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

private:
    QString m_base;
    QByteArray m_token;
    QMap<QByteArray, QByteArray> m_headers;
    QNetworkAccessManager m_manager;
};

} // namespace lk::test
