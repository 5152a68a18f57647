#include "store/PostgresProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
// How often a wait looks at the cancel flag: well inside the second a
// shutdown may take.
constexpr int kCancelCheckMs = 20;
constexpr int kDefaultConnectTimeoutS = 5; // what PostgresAddress::configure gives libpq

// Length 8, then the SSLRequest code 1234.5679 (protocol section 53.2.10).
QByteArray sslRequest() {
    return QByteArray::fromHex("0000000804d2162f");
}
} // namespace

int PostgresProbe::connectTimeoutMs(const PostgresAddress& address) {
    bool ok = false;
    const int seconds = address.options.value(u"connect_timeout"_s).toInt(&ok);
    // libpq treats 0 (and anything it cannot read) as "wait for ever"; the
    // probe still ends, at the default, and leaves libpq to its own rules.
    return (ok && seconds > 0 ? seconds : kDefaultConnectTimeoutS) * 1000;
}

Status PostgresProbe::probe(const PostgresAddress& address, int timeoutMs, const std::atomic<bool>& cancel) {
    QStringList failures;
    for (const PostgresAddress::Host& host : address.hosts) {
        if (host.name.isEmpty() || host.name.startsWith(u'/'))
            return {}; // a Unix socket answers or fails at once
        const Status answered = probeHost(host, timeoutMs, cancel);
        if (answered || answered.error().code == u"cancelled"_s)
            return answered;
        failures.append(answered.error().message);
    }
    if (failures.isEmpty())
        return {};
    return makeError(u"store_error"_s, failures.join(u"; "_s));
}

Status PostgresProbe::probeHost(const PostgresAddress::Host& host, int timeoutMs,
                                const std::atomic<bool>& cancel) {
    const QString where = u"%1:%2"_s.arg(host.name).arg(host.port);
    QTcpSocket socket;
    QEventLoop loop;
    QString failure;
    bool answered = false;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(sslRequest()); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        failure = tr("connecting to PostgreSQL at %1 failed: %2").arg(where, socket.errorString());
        loop.quit();
    });
    QElapsedTimer waited;
    waited.start();
    QTimer tick;
    tick.setInterval(kCancelCheckMs);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (cancel.load() || waited.elapsed() >= timeoutMs)
            loop.quit();
    });
    tick.start();
    socket.connectToHost(host.name, host.port);
    // Input stays queued: a window must not react while its thread waits here.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    socket.abort();
    if (answered)
        return {};
    if (cancel.load())
        return makeError(u"cancelled"_s, tr("stopped while connecting to PostgreSQL at %1").arg(where));
    if (!failure.isEmpty())
        return makeError(u"store_error"_s, failure);
    return makeError(u"store_error"_s, tr("connecting to PostgreSQL at %1 failed: no answer within %2 s")
                                           .arg(where)
                                           .arg(timeoutMs / 1000.0, 0, 'f', 1));
}

} // namespace lk
