// ThreadInbox: work handed over from other threads runs on the owner's
// thread, in order, with one queued call for everything handed over before
// the owner's thread got to it; an item that runs a nested event loop does
// not hold up the items after it; nothing runs once the owner is gone.
#include "util/ThreadInbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace lk;

namespace {

// Counts the queued calls posted to it: one per wake-up of its thread.
class CountingOwner : public QObject {
public:
    int metaCallEvents = 0;

protected:
    bool event(QEvent* event) override {
        if (event->type() == QEvent::MetaCall)
            ++metaCallEvents;
        return QObject::event(event);
    }
};

} // namespace

class TestThreadInbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void itemsFromAnotherThreadRunInOrderOnTheOwnersThread() {
        CountingOwner owner;
        ThreadInbox inbox(&owner);
        QList<int> seen;
        std::atomic<bool> wrongThread = false;
        QThread* const ownerThread = QThread::currentThread();
        std::unique_ptr<QThread> producer(QThread::create([&] {
            for (int i = 0; i < 1000; ++i) {
                inbox.post([&, i] {
                    if (QThread::currentThread() != ownerThread)
                        wrongThread = true;
                    seen.append(i);
                });
            }
        }));
        producer->start();
        QVERIFY(producer->wait(10000));
        QTRY_COMPARE(seen.size(), 1000);
        QVERIFY(!wrongThread);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), i);
    }

    void manyItemsBeforeTheOwnerRunsAreOneWakeUp() {
        CountingOwner owner;
        ThreadInbox inbox(&owner);
        int ran = 0;
        for (int i = 0; i < 30; ++i)
            inbox.post([&] { ++ran; });
        QCOMPARE(ran, 0); // never run inside post()
        QCoreApplication::sendPostedEvents(&owner);
        QCOMPARE(ran, 30);
        QCOMPARE(owner.metaCallEvents, 1);
        inbox.post([&] { ++ran; });
        QCoreApplication::sendPostedEvents(&owner);
        QCOMPARE(ran, 31);
        QCOMPARE(owner.metaCallEvents, 2);
    }

    void anItemWaitingInANestedLoopDoesNotHoldUpWhatComesAfter() {
        CountingOwner owner;
        ThreadInbox inbox(&owner);
        QList<QString> order;
        inbox.post([&] {
            order.append(QStringLiteral("first, waiting"));
            QEventLoop nested;
            bool answered = false;
            // Handed over while the first item runs, as the store thread would.
            inbox.post([&] {
                order.append(QStringLiteral("answer"));
                answered = true;
                nested.quit();
            });
            QTimer::singleShot(2000, &nested, &QEventLoop::quit); // fails, not hangs
            if (!answered)
                nested.exec();
            order.append(QStringLiteral("first, done"));
        });
        inbox.post([&] { order.append(QStringLiteral("second")); });
        QTRY_COMPARE(order.size(), 4);
        // The item posted before the answer still runs before it.
        QCOMPARE(order, (QList<QString>{QStringLiteral("first, waiting"), QStringLiteral("second"),
                                        QStringLiteral("answer"), QStringLiteral("first, done")}));
    }

    void nothingRunsOnceTheOwnerIsGone() {
        bool ran = false;
        {
            auto owner = std::make_unique<QObject>();
            ThreadInbox inbox(owner.get());
            inbox.post([&] { ran = true; });
        }
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestThreadInbox)
#include "tst_threadinbox.moc"
