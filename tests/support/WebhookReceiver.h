// A webhook receiver for tests: a real HTTP endpoint on 127.0.0.1 that
// answers every request with one status and keeps the bodies it was sent.
#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace lk::test {

// Header only and without signals (no moc): wait on `bodies` with QTRY_*.
class WebhookReceiver final : public QObject {
public:
    explicit WebhookReceiver(int status = 200)
        : m_status(status) {
        connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::accept);
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("webhook receiver: %s", qPrintable(m_server.errorString()));
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    QList<QByteArray> bodies;

private:
    void accept() {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    // One request per connection: headers, then Content-Length bytes of body.
    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& header : buffer.left(end).split('\n')) {
            if (header.toLower().startsWith("content-length:"))
                length = header.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      " Answer\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        bodies.append(body);
    }

    QTcpServer m_server;
    int m_status;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace lk::test
