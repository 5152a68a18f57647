// The component client's HTTP transport against a scripted server on
// loopback: kept-alive connections reused, a connection the server dropped
// between requests replaced without the component noticing, and every way a
// server can fail to answer (refused, silent, malformed, endless) turned
// into an answer with a reason, once, after send() returned.
#include "client/HttpTransport.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// Reads requests off each connection and lets the test decide the answer.
class ScriptedServer : public QObject {
public:
    struct Request {
        QByteArray head;
        QByteArray body;
        int connection = 0;   // 1 for the first connection accepted, ...
        int onConnection = 0; // 1 for the first request on that connection, ...
    };
    // Returns the bytes to send back; empty: say nothing; `close` ends the connection after.
    using Script = std::function<QByteArray(const Request&, bool* close)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script)) {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    QUrl url(const QString& path = u"/api/v1/leases"_s) const {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    int connections() const { return m_connections; }
    int mostOpenAtOnce() const { return m_mostOpen; }
    const QList<Request>& requests() const { return m_requests; }

private:
    void accept(QTcpSocket* socket) {
        const int number = ++m_connections;
        m_mostOpen = qMax(m_mostOpen, ++m_open);
        auto buffer = std::make_shared<QByteArray>();
        auto served = std::make_shared<int>(0);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, served, number] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                const qsizetype at = head.toLower().indexOf("content-length: ");
                const int length = at < 0 ? 0 : head.mid(at + 16).split('\r').first().toInt();
                if (buffer->size() < end + 4 + length)
                    return;
                const Request request{head, buffer->mid(end + 4, length), number, ++*served};
                buffer->remove(0, end + 4 + length);
                m_requests.append(request);
                bool close = false;
                const QByteArray answer = m_script(request, &close);
                if (!answer.isEmpty())
                    socket->write(answer);
                if (close) {
                    socket->disconnectFromHost();
                    return;
                }
            }
        });
    }

    Script m_script;
    QTcpServer m_server;
    QList<Request> m_requests;
    int m_connections = 0;
    int m_open = 0;
    int m_mostOpen = 0;
};

QByteArray jsonAnswer(int status, const QByteArray& json, const QByteArray& headers = {}) {
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" + headers +
           "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

QByteArray okAnswer(const ScriptedServer::Request&, bool*) {
    return jsonAnswer(200, R"({"ok":true})");
}

// Sends one request and waits for its answer; also checks that the answer
// did not come from within send().
TransportResponse exchange(HttpTransport& transport, const TransportRequest& request) {
    std::optional<TransportResponse> answer;
    bool sending = true;
    bool answeredWhileSending = false;
    transport.send(request, [&](const TransportResponse& response) {
        answeredWhileSending = sending;
        answer = response;
    });
    sending = false;
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return {0, u"no callback within 10 s"_s, {}};
    if (answeredWhileSending)
        return {0, u"answered from within send()"_s, {}};
    return *answer;
}

} // namespace

class TestHttpTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sendsAWellFormedRequest() {
        ScriptedServer server(okAnswer);
        HttpTransport transport;
        transport.setSiteKey("k3y");
        QUrl url = server.url(u"/api/v1/leases/abc"_s);
        url.setQuery(u"renew=1"_s);
        const TransportResponse answer = exchange(transport, {"PUT", url, R"({"cores":4})"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"ok"_s).toBool(), true);
        QCOMPARE(server.requests().size(), 1);
        const QList<QByteArray> lines = server.requests().first().head.split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("PUT /api/v1/leases/abc?renew=1 HTTP/1.1"));
        QVERIFY(lines.contains("Host: 127.0.0.1:" + QByteArray::number(url.port()) + '\r'));
        QVERIFY(lines.contains("X-Site-Key: k3y\r"));
        QVERIFY(lines.contains("Content-Type: application/json\r"));
        QCOMPARE(server.requests().first().body, QByteArray(R"({"cores":4})"));
    }

    void keptAliveConnectionsAreReused() {
        ScriptedServer server(okAnswer);
        HttpTransport transport;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(exchange(transport, {"POST", server.url(), "{}"}).status, 200);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(transport.connectionsOpened(), 1);
        QCOMPARE(server.requests().last().onConnection, 5);
    }

    void aConnectionTheServerClosesIsOpenedAgain() {
        // "Connection: close" on the first answer: the second request needs a new connection.
        ScriptedServer server([](const ScriptedServer::Request&, bool* close) {
            *close = true;
            return jsonAnswer(200, R"({"ok":true})", "Connection: close\r\n");
        });
        HttpTransport transport;
        QCOMPARE(exchange(transport, {"GET", server.url(), {}}).status, 200);
        QCOMPARE(exchange(transport, {"GET", server.url(), {}}).status, 200);
        QCOMPARE(server.connections(), 2);
    }

    void aConnectionOutOfStepIsNotReused() {
        // More than one answer to the first request: the rest could be taken
        // for the answer to the next one. That connection is not used again.
        ScriptedServer server([](const ScriptedServer::Request& request, bool*) {
            const QByteArray answer =
                jsonAnswer(200, R"({"n":)" + QByteArray::number(request.connection) + "}");
            return request.onConnection == 1 ? answer + jsonAnswer(500, R"({"stray":true})") : answer;
        });
        HttpTransport transport;
        QCOMPARE(exchange(transport, {"GET", server.url(), {}}).json.value(u"n"_s).toInt(), 1);
        const TransportResponse second = exchange(transport, {"GET", server.url(), {}});
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(u"n"_s).toInt(), 2);
        QCOMPARE(server.connections(), 2);
    }

    void aRequestOnAConnectionDroppedUnderItIsSentAgainOnce() {
        // The server drops a kept-alive connection as the second request
        // arrives on it, without a byte of answer (its idle timeout crossing
        // the request): the request goes again on a new connection.
        ScriptedServer server([](const ScriptedServer::Request& request, bool* close) {
            if (request.onConnection == 2) {
                *close = true;
                return QByteArray();
            }
            return jsonAnswer(200, R"({"ok":true})");
        });
        HttpTransport transport;
        QCOMPARE(exchange(transport, {"POST", server.url(), "{}"}).status, 200);
        const TransportResponse again = exchange(transport, {"POST", server.url(), "{}"});
        QVERIFY2(again.status == 200, qPrintable(again.error));
        QCOMPARE(server.connections(), 2);
        QCOMPARE(server.requests().size(), 3);
    }

    void aFirstRequestTheServerDropsIsNotSentAgain() {
        ScriptedServer server([](const ScriptedServer::Request&, bool* close) {
            *close = true;
            return QByteArray();
        });
        HttpTransport transport;
        const TransportResponse answer = exchange(transport, {"POST", server.url(), "{}"});
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, u"the server closed the connection without answering"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void anAnswerCutOffIsAnErrorNotARetry() {
        ScriptedServer server([](const ScriptedServer::Request&, bool* close) {
            *close = true;
            return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"ok\"");
        });
        HttpTransport transport;
        const TransportResponse answer = exchange(transport, {"POST", server.url(), "{}"});
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, u"the connection closed in the middle of the answer"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void aSilentServerTimesOut() {
        ScriptedServer server([](const ScriptedServer::Request&, bool*) { return QByteArray(); });
        HttpTransport transport;
        transport.setTimeoutMs(200);
        const TransportResponse answer = exchange(transport, {"POST", server.url(), "{}"});
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, u"no answer within 0.2 s"_s);
        // The connection that timed out is not reused for the next request.
        QCOMPARE(exchange(transport, {"POST", server.url(), "{}"}).status, 0);
        QCOMPARE(server.connections(), 2);
    }

    void aRefusedConnectionIsAnError() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpTransport transport;
        const TransportResponse answer =
            exchange(transport, {"POST", QUrl(u"http://127.0.0.1:%1/api/v1/leases"_s.arg(port)), "{}"});
        QCOMPARE(answer.status, 0);
        QVERIFY2(answer.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(answer.error));
    }

    void malformedAndOversizedAnswersAreErrors() {
        ScriptedServer server([](const ScriptedServer::Request& request, bool*) -> QByteArray {
            if (request.body == "garbage")
                return "SSH-2.0-OpenSSH_9.2\r\n\r\n";
            return "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n";
        });
        HttpTransport transport;
        QCOMPARE(exchange(transport, {"POST", server.url(), "garbage"}).error,
                 u"not an HTTP answer: 'SSH-2.0-OpenSSH_9.2'"_s);
        QCOMPARE(exchange(transport, {"POST", server.url(), "huge"}).error,
                 u"the answer is larger than 16 MiB"_s);
    }

    void anErrorAnswerKeepsItsStatusAndBody() {
        ScriptedServer server([](const ScriptedServer::Request&, bool*) {
            return jsonAnswer(403, R"({"error":"instance_limit","message":"all 2 instances in use"})");
        });
        HttpTransport transport;
        const TransportResponse answer = exchange(transport, {"POST", server.url(), "{}"});
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json.value(u"error"_s).toString(), u"instance_limit"_s);
        QVERIFY(answer.error.isEmpty());
    }

    void requestsBeyondTheLimitWait() {
        // Answers held back until the test lets them go: the transport must
        // not open more connections than it may have requests in flight.
        ScriptedServer server([](const ScriptedServer::Request&, bool*) { return QByteArray(); });
        HttpTransport transport;
        transport.setMaxInFlight(3);
        int answered = 0;
        for (int i = 0; i < 10; ++i)
            transport.send({"POST", server.url(), "{}"}, [&](const TransportResponse&) { ++answered; });
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 3; }, 5000));
        QTest::qWait(50); // time for a fourth, if the limit were not kept
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.mostOpenAtOnce(), 3);
        QCOMPARE(answered, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
