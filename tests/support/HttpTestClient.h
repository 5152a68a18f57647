#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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

    QByteArray header(const QByteArray& name) const;
};

// A blocking HTTP client for tests: runs the event loop (so an in-process
// server keeps serving) until the answer arrives or 10 s pass.
class HttpTestClient {
public:
    explicit HttpTestClient(quint16 port);

    void setToken(const QByteArray& token) { m_token = token; }
    // An extra header on every request (an empty value removes it).
    void setHeader(const QByteArray& name, const QByteArray& value);

    HttpResult get(const QString& path) { return send("GET", path, {}); }
    HttpResult post(const QString& path, const QByteArray& body) { return send("POST", path, body); }
    HttpResult post(const QString& path, const QJsonObject& json);
    HttpResult del(const QString& path) { return send("DELETE", path, {}); }

    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body);

    // Asks /pingLicenseManager until the node answers 200 (a node that has
    // just started may still be opening its store). False after `timeoutMs`.
    bool waitUntilReady(int timeoutMs = 5000);

    // For a load balancer: asks /pingLicenseManager until `inARow` answers in
    // a row come from the node named `node` (its X-License-Manager-Node
    // header). A balancer that has just started may still count that node
    // down from a check that failed while the machine was busy, and answers
    // from the backup until enough checks passed (HAProxy: rise 3).
    bool waitUntilServedBy(const QByteArray& node, int inARow = 5, int timeoutMs = 20000);

private:
    QString m_base;
    QByteArray m_token;
    QMap<QByteArray, QByteArray> m_headers;
    QNetworkAccessManager m_manager;
};

} // namespace lk::test
