// The bounded, in-memory record of the grants and renewals a node served.
#include "server/RenewalLog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestRenewalLog : public QObject {
    Q_OBJECT

    static RenewalRecord record(const QString& instance, qint64 atMs) {
        RenewalRecord r;
        r.instance = instance;
        r.atMs = atMs;
        return r;
    }

private Q_SLOTS:
    void sequenceNumbersSeeRenewalsOfTheSameMillisecond() {
        RenewalLog log;
        log.record(record(u"a"_s, 1000));
        const qint64 seen = log.lastSequence();
        log.record(record(u"b"_s, 1000)); // same millisecond, after the reader looked
        const auto newer = log.after(seen);
        QCOMPARE(newer.size(), 1);
        QCOMPARE(newer.first().instance, u"b"_s);
        QCOMPARE(log.after(0).size(), 2);
        QVERIFY(log.after(log.lastSequence()).isEmpty());
    }

    void onlyTheNewestAreKept() {
        RenewalLog log(3);
        for (int i = 0; i < 10; ++i)
            log.record(record(u"i%1"_s.arg(i), i));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.lastSequence(), 10);
        const auto kept = log.after(0);
        QCOMPARE(kept.first().instance, u"i7"_s);
        QCOMPARE(kept.last().sequence, 10);
    }
};

QTEST_GUILESS_MAIN(TestRenewalLog)
#include "tst_renewallog.moc"
