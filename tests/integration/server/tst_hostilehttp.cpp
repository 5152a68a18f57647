// leasekeeper-server as a real process against hostile clients: garbage,
// truncated requests, a 10 MB header line, 200 MB bodies, 2,000 idle
// connections and slow clients. Throughout, /pingLicenseManager must be
// answered; the server's memory must stay bounded and it must survive.
// The figures printed with qInfo are quoted in docs/security.md.
#include "ServerProcess.h"
#include "TestLicense.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr int kIdleConnections = 2000;
constexpr qint64 kHugeBodyBytes = 200LL * 1024 * 1024;
constexpr qint64 kHugeHeaderBytes = 10LL * 1024 * 1024;
constexpr qint64 kRssLimitKb = 200 * 1024;

qint64 rssKb(qint64 pid) {
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Raw {
    QTcpSocket socket;
    QByteArray received;
    qint64 sent = 0;
    bool connectTo(quint16 port) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    bool closed() {
        received += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }
};

} // namespace

class TestHostileHttp : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    quint16 m_port = 0;
    qint64 m_maxRssKb = 0;
    qint64 m_hostileRequests = 0;
    // The pinger: a fresh connection every 100 ms, all along.
    QTimer m_pingTimer;
    std::vector<qint64> m_pingMs;
    int m_pingFailures = 0;
    int m_pingsInFlight = 0;
    QByteArray m_firstPingFailure;

    void sampleRss() { m_maxRssKb = std::max(m_maxRssKb, rssKb(m_server.pid())); }

    void ping() {
        if (m_pingsInFlight > 0)
            return; // one at a time; a slow one shows as a long latency
        ++m_pingsInFlight;
        auto* socket = new QTcpSocket(this);
        auto* elapsed = new QElapsedTimer;
        elapsed->start();
        auto received = std::make_shared<QByteArray>();
        auto finish = [this, socket, elapsed, received](bool ok) {
            if (ok) {
                m_pingMs.push_back(elapsed->elapsed());
            } else {
                ++m_pingFailures;
                if (m_firstPingFailure.isEmpty())
                    m_firstPingFailure = received->isEmpty() ? QByteArray("no answer") : received->left(200);
            }
            delete elapsed;
            --m_pingsInFlight;
            socket->disconnect();
            socket->abort();
            socket->deleteLater();
        };
        auto* deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [finish] { finish(false); });
        deadline->start(2000); // the generous bound: an answer within 2 s
        connect(socket, &QTcpSocket::connected, socket, [socket] {
            socket->write("GET /pingLicenseManager HTTP/1.1\r\nHost: lb\r\nConnection: close\r\n\r\n");
        });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, received, finish, deadline] {
            *received += socket->readAll();
            if (received->contains("\"status\":\"ok\"")) {
                deadline->stop();
                finish(received->startsWith("HTTP/1.1 200"));
            }
        });
        connect(socket, &QTcpSocket::errorOccurred, socket, [deadline, finish](QAbstractSocket::SocketError) {
            if (deadline->isActive()) {
                deadline->stop();
                finish(false);
            }
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    // Runs the event loop until `done` or `timeoutMs`, sampling the RSS.
    bool runUntil(const std::function<bool()>& done, int timeoutMs) {
        return QTest::qWaitFor(
            [&] {
                sampleRss();
                return done();
            },
            timeoutMs);
    }

    void expectAlive() {
        QVERIFY2(m_server.running(), m_server.log().right(2000).constData());
        sampleRss();
        QVERIFY2(m_maxRssKb < kRssLimitKb, qPrintable(u"VmRSS %1 kB"_s.arg(m_maxRssKb)));
    }

private Q_SLOTS:
    void initTestCase() {
        // 2,000 client sockets here and 2,000 in the server (which inherits this).
        rlimit limit{};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
        if (limit.rlim_cur < 8192 && limit.rlim_max >= 8192) {
            limit.rlim_cur = 8192;
            QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);
        }
        if (limit.rlim_cur < 2 * kIdleConnections + 200)
            QSKIP("RLIMIT_NOFILE too low for 2,000 connections");

        QVERIFY(m_dir.isValid());
        QVERIFY(writeSignedLicense(exampleTerms(), m_dir.filePath(u"issuer.pub"_s),
                                   m_dir.filePath(u"license.json"_s)));
        QFile token(m_dir.filePath(u"admin.token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("hostile-admin-token-0123456789");
        token.close();
        m_port = m_server.start(
            {u"--data-dir"_s, m_dir.path(), u"--license"_s, m_dir.filePath(u"license.json"_s), u"--trust"_s,
             m_dir.filePath(u"issuer.pub"_s), u"--admin-token-file"_s, m_dir.filePath(u"admin.token"_s),
             u"--bind"_s, u"127.0.0.1"_s, u"--node-name"_s, u"hostile"_s, u"--max-connections"_s, u"2500"_s,
             u"--idle-timeout"_s, u"120"_s, u"--request-timeout"_s, u"2"_s});
        QVERIFY2(m_port != 0, m_server.log().constData());
        connect(&m_pingTimer, &QTimer::timeout, this, &TestHostileHttp::ping);
        m_pingTimer.start(100);
        QVERIFY(runUntil([this] { return !m_pingMs.empty(); }, 5000));
        qInfo("server pid %lld, VmRSS at start %lld kB", m_server.pid(), rssKb(m_server.pid()));
    }

    void garbageAndTruncatedRequests() {
        QRandomGenerator random(20261126);
        const QByteArray valid =
            "POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nContent-Length: 90\r\n\r\n"
            "{\"component\":\"vdp\",\"instance\":\"i\",\"host\":\"h\",\"ips\":[],\"cores\":1,"
            "\"version\":\"1\"}     ";
        int garbage = 0;
        int truncated = 0;
        for (int round = 0; round < 400; ++round) {
            Raw raw;
            QVERIFY(raw.connectTo(m_port));
            QByteArray bytes;
            if (round % 2 == 0) {
                bytes.resize(1 + random.bounded(4096));
                for (char& c : bytes)
                    c = char(random.bounded(256));
                ++garbage;
            } else {
                bytes = valid.left(1 + random.bounded(int(valid.size()) - 1));
                ++truncated;
            }
            raw.socket.write(bytes);
            raw.socket.waitForBytesWritten(1000);
            QCoreApplication::processEvents();
            raw.socket.abort();
        }
        m_hostileRequests += garbage + truncated;
        QVERIFY(runUntil([this] { return m_pingMs.size() >= 5; }, 5000));
        qInfo("garbage connections: %d, truncated requests: %d", garbage, truncated);
        expectAlive();
    }

    void hugeHeadersAndBodies_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("10 MB header line")
            << QByteArray("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\nX-Huge: ") << kHugeHeaderBytes
            << QByteArray("HTTP/1.1 431");
        QTest::newRow("200 MB declared body")
            << QByteArray("POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n\r\n")
            << kHugeBodyBytes << QByteArray("HTTP/1.1 413");
        QTest::newRow("200 MB chunked body")
            << QByteArray("POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            << kHugeBodyBytes << QByteArray("HTTP/1.1 413");
    }

    void hugeHeadersAndBodies() {
        QFETCH(QByteArray, head);
        QFETCH(qint64, bytes);
        QFETCH(QByteArray, status);
        const QByteArray chunk(256 * 1024, 'a');
        for (int attempt = 0; attempt < 3; ++attempt) {
            Raw raw;
            QVERIFY(raw.connectTo(m_port));
            raw.socket.write(head);
            QElapsedTimer elapsed;
            elapsed.start();
            const bool cut = runUntil(
                [&] {
                    if (raw.closed())
                        return true;
                    while (raw.sent < bytes && raw.socket.bytesToWrite() < 1024 * 1024) {
                        raw.socket.write(chunk);
                        raw.sent += chunk.size();
                    }
                    return false;
                },
                60000);
            ++m_hostileRequests;
            QVERIFY(cut);
            qInfo("%s: server closed after %lld of %lld bytes written by the client (%lld ms), answer: %s",
                  QTest::currentDataTag(), raw.sent, bytes, elapsed.elapsed(),
                  raw.received.left(raw.received.indexOf("\r\n")).constData());
            QVERIFY2(raw.received.startsWith(status), raw.received.left(200).constData());
            // Cut early: what got through is the limit plus socket buffers and
            // the short drain after the answer, not the whole upload.
            QVERIFY(raw.sent < 32 * 1024 * 1024);
        }
        expectAlive();
    }

    void manyIdleConnections() {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        idle.reserve(kIdleConnections);
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < kIdleConnections; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
            if (i % 100 == 99)
                QCoreApplication::processEvents();
        }
        QVERIFY(runUntil(
            [&] {
                return std::all_of(idle.begin(), idle.end(), [](const auto& socket) {
                    return socket->state() == QAbstractSocket::ConnectedState;
                });
            },
            30000));
        const size_t pingsBefore = m_pingMs.size();
        QVERIFY(runUntil([&] { return m_pingMs.size() >= pingsBefore + 10; }, 10000));
        m_hostileRequests += kIdleConnections;
        // Still all open: the server keeps them until the idle timeout.
        QVERIFY(std::all_of(idle.begin(), idle.end(), [](const auto& socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        }));
        qInfo("%d idle connections open in %lld ms; VmRSS now %lld kB", kIdleConnections, elapsed.elapsed(),
              rssKb(m_server.pid()));
        expectAlive();
        idle.clear();
    }

    void slowClients() {
        constexpr int kSlow = 100;
        std::vector<std::unique_ptr<Raw>> slow;
        for (int i = 0; i < kSlow; ++i) {
            slow.push_back(std::make_unique<Raw>());
            QVERIFY(slow.back()->connectTo(m_port));
            slow.back()->socket.write("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\nX-Slow: ");
        }
        QTimer dribble;
        connect(&dribble, &QTimer::timeout, this, [&slow] {
            for (auto& raw : slow) {
                if (raw->socket.state() == QAbstractSocket::ConnectedState)
                    raw->socket.write("a");
            }
        });
        dribble.start(100);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(runUntil(
            [&] { return std::all_of(slow.begin(), slow.end(), [](auto& raw) { return raw->closed(); }); },
            15000));
        const qint64 cutMs = elapsed.elapsed();
        dribble.stop();
        const auto timedOut = std::count_if(
            slow.begin(), slow.end(), [](auto& raw) { return raw->received.startsWith("HTTP/1.1 408"); });
        m_hostileRequests += kSlow;
        qInfo("%d slow clients (a byte every 100 ms): all cut after %lld ms, %lld answered 408", kSlow, cutMs,
              qint64(timedOut));
        QCOMPARE(timedOut, kSlow);
        expectAlive();
    }

    void cleanupTestCase() {
        m_pingTimer.stop();
        if (m_port == 0)
            return;
        std::vector<qint64> sorted = m_pingMs;
        std::sort(sorted.begin(), sorted.end());
        const qint64 median = sorted.empty() ? -1 : sorted[sorted.size() / 2];
        const qint64 worst = sorted.empty() ? -1 : sorted.back();
        qInfo("hostile connections/requests: %lld; pings answered: %zu (median %lld ms, max %lld ms), "
              "failed: %d; "
              "max VmRSS %lld kB; server running: %s",
              m_hostileRequests, m_pingMs.size(), median, worst, m_pingFailures, m_maxRssKb,
              m_server.running() ? "yes" : "no");
        QVERIFY2(m_pingFailures == 0, m_firstPingFailure.constData());
        QVERIFY(worst < 2000);
        QVERIFY(m_server.running());
        QVERIFY(m_maxRssKb < kRssLimitKb);
    }
};

QTEST_GUILESS_MAIN(TestHostileHttp)
#include "tst_hostilehttp.moc"
