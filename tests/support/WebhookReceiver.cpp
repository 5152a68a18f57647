#include "WebhookReceiver.h"

#include <QTcpSocket>

namespace lk::test {

WebhookReceiver::WebhookReceiver(int status)
    : m_status(status) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    listen();
}

QString WebhookReceiver::url(const QString& path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

void WebhookReceiver::serve(QTcpSocket* socket) {
    QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffered", buffered);
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    request.path = lines.value(0).split(' ').value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffered.size() < headerEnd + 4 + length) {
        socket->setProperty("buffered", buffered);
        return;
    }
    socket->setProperty("buffered", QByteArray());
    request.body = buffered.mid(headerEnd + 4, length);
    m_requests.append(request);
    const int status = m_script.isEmpty() ? m_status : m_script.takeFirst();
    if (status >= 200 && status < 300)
        ++m_delivered;
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
    Q_EMIT received();
}

} // namespace lk::test
