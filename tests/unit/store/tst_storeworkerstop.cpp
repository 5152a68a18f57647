// StoreWorker::stop() against a PostgreSQL database that is not there: it
// must not wait out a connect or the pause between two attempts, or closing
// the console freezes its window. Real sockets on 127.0.0.1, no database.
#include "store/PostgresStore.h"
#include "store/StoreWorker.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// What the issue asks of stop(); the waits it interrupts here are 10 s each,
// so this is a hang or not, not a measure of speed.
constexpr qint64 kStopPromptlyMs = 1000;

PostgresAddress addressAt(quint16 port, int connectTimeoutS) {
    auto address = PostgresAddress::parse(
        u"postgresql://lk@127.0.0.1:%1/leases?connect_timeout=%2"_s.arg(port).arg(connectTimeoutS));
    if (!address)
        qFatal("bad test address: %s", qPrintable(address.error().message));
    return address.value();
}

// A port on 127.0.0.1 nobody listens on: connecting is refused at once.
quint16 closedPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind 127.0.0.1");
    return server.serverPort(); // closed again when `server` goes
}

qint64 timedStop(StoreWorker& worker) {
    QElapsedTimer timer;
    timer.start();
    worker.stop();
    return timer.elapsed();
}

// A started worker on PostgreSQL at 127.0.0.1:`port` that pauses 10 s
// between two attempts to connect.
std::unique_ptr<StoreWorker> startedWorker(quint16 port, int connectTimeoutS) {
    StoreWorker::Options options;
    options.reopenIntervalMs = 10000;
    auto worker = std::make_unique<StoreWorker>(
        std::make_unique<PostgresStore>(addressAt(port, connectTimeoutS), QString()), options);
    worker->start();
    return worker;
}

// stop() returns promptly and the worker's thread has ended.
void verifyStopsPromptly(StoreWorker& worker) {
    const qint64 stopMs = timedStop(worker);
    QVERIFY2(stopMs < kStopPromptlyMs, qPrintable(u"stop() took %1 ms"_s.arg(stopMs)));
    QVERIFY(worker.isFinished());
}

} // namespace

class TestStoreWorkerStop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stopEndsTheWaitBeforeTheNextConnect() {
        const auto worker = startedWorker(closedPort(), 10);
        // The first attempt has failed: the worker is now in its pause.
        QTRY_VERIFY_WITH_TIMEOUT(worker->health().detail.contains(u"Connection refused"_s), 5000);
        verifyStopsPromptly(*worker);
    }

    void stopInterruptsAConnectToADatabaseThatNeverAnswers() {
        // Accepts connections (the kernel completes them) and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const auto worker = startedWorker(silent.serverPort(), 10);
        QVERIFY(silent.waitForNewConnection(5000)); // the worker is inside its connect now
        QVERIFY(!worker->health().healthy);
        verifyStopsPromptly(*worker);
    }

    void aDatabaseThatNeverAnswersIsReportedWithTheWait() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const auto worker = startedWorker(silent.serverPort(), 1);
        const QString expected =
            u"connecting to PostgreSQL at 127.0.0.1:%1 failed: no answer within 1.0 s"_s.arg(
                silent.serverPort());
        QTRY_VERIFY2_WITH_TIMEOUT(worker->health().detail.contains(expected),
                                  qPrintable(worker->health().detail), 5000);
        QVERIFY(!worker->health().healthy);
    }

    void aStoreStoppedBeforeItsFirstConnectStillStops() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto store = std::make_unique<PostgresStore>(addressAt(silent.serverPort(), 10), QString());
        store->cancelOpening();
        QElapsedTimer timer;
        timer.start();
        const Status opened = store->open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"cancelled"_s);
        QVERIFY2(timer.elapsed() < kStopPromptlyMs, qPrintable(u"open() took %1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestStoreWorkerStop)
#include "tst_storeworkerstop.moc"
