#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>

namespace lk::test {

// A webhook receiver on 127.0.0.1, listening once constructed: reads each
// POST, keeps its headers and body, and answers with the next status of its
// script, then `status`, so a test can make the first attempts fail.
class WebhookReceiver final : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit WebhookReceiver(int status = 200);
    // Whether it listens (it starts to when constructed).
    bool listen() { return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString& path = QStringLiteral("/hook")) const;
    // Statuses to answer the next requests with, in order.
    void failNext(QList<int> statuses) { m_script = std::move(statuses); }
    const QList<Request>& requests() const { return m_requests; }
    // Requests answered 2xx.
    int delivered() const { return m_delivered; }

Q_SIGNALS:
    void received();

private:
    void serve(QTcpSocket* socket);

    QTcpServer m_server;
    QList<int> m_script;
    int m_status = 200;
    QList<Request> m_requests;
    int m_delivered = 0;
};

} // namespace lk::test
