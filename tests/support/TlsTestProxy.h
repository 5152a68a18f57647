#pragma once

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace lk::test {

// Stands in for a License Manager with TLS: accepts TLS on 127.0.0.1 with
// the given certificate and key and passes the bytes on, unencrypted, to a
// plain-HTTP server (a real leasekeeper-server). Runs on the test's event
// loop: wait with QTest::qWaitFor, not with blocking waits.
class TlsTestProxy : public QObject {
public:
    bool start(const QString& certificateFile, const QString& keyFile, quint16 backendPort) {
        QFile cert(certificateFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (configuration.localCertificate().isNull() || configuration.privateKey().isNull())
            return false;
        m_server.setSslConfiguration(configuration);
        m_backend = backendPort;
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsTestProxy::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int handshakes() const { return m_handshakes; }

private:
    void accept() {
        while (QTcpSocket* front = m_server.nextPendingConnection()) {
            ++m_handshakes;
            auto* back = new QTcpSocket(front);
            back->connectToHost(QHostAddress::LocalHost, m_backend);
            connect(front, &QIODevice::readyRead, back, [front, back] { back->write(front->readAll()); });
            connect(back, &QIODevice::readyRead, front, [front, back] { front->write(back->readAll()); });
            connect(back, &QAbstractSocket::disconnected, front, [front] { front->disconnectFromHost(); });
            connect(front, &QAbstractSocket::disconnected, front, [front, back] {
                back->disconnectFromHost();
                front->deleteLater();
            });
            if (front->bytesAvailable())
                back->write(front->readAll());
        }
    }

    QSslServer m_server;
    quint16 m_backend = 0;
    int m_handshakes = 0;
};

} // namespace lk::test
