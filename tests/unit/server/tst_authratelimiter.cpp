// The rules of AuthRateLimiter on a manual clock: lockout after too many
// failures in the window, doubling back-off up to a cap, reset on success,
// a bounded table and IPv4-mapped IPv6 addresses counted as IPv4.
#include "ManualClock.h"
#include "server/AuthRateLimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {
const QHostAddress kAlice(u"192.0.2.10"_s);
const QHostAddress kBob(u"192.0.2.20"_s);
} // namespace

class TestAuthRateLimiter : public QObject {
    Q_OBJECT

    static void fail(AuthRateLimiter& limiter, const QHostAddress& address, int times) {
        for (int i = 0; i < times; ++i)
            (void)limiter.recordFailure(address);
    }

private Q_SLOTS:
    void fiveFailuresWithinAMinuteLockOut() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!limiter.recordFailure(kAlice));
            clock.advanceSeconds(10);
        }
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
        const auto lockout = limiter.recordFailure(kAlice);
        QVERIFY(lockout);
        QCOMPARE(lockout->address, u"192.0.2.10"_s);
        QCOMPARE(lockout->failures, 5);
        QCOMPARE(lockout->durationMs, 60'000LL);
        QCOMPARE(limiter.retryAfterMs(kAlice), 60'000LL);
        QCOMPARE(limiter.retryAfterMs(kBob), 0LL); // per address
        clock.advanceSeconds(59);
        QCOMPARE(limiter.retryAfterMs(kAlice), 1'000LL);
        clock.advanceSeconds(1);
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
    }

    void failuresSpreadBeyondTheWindowDoNotLockOut() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!limiter.recordFailure(kAlice));
            clock.advanceSeconds(16); // four per minute
        }
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
    }

    void backOffDoublesPerFurtherFailureUpToTheCap() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        fail(limiter, kAlice, 5);
        qint64 expected = 60'000;
        for (const qint64 next : {120'000LL, 240'000LL, 480'000LL, 900'000LL, 900'000LL}) {
            QCOMPARE(limiter.retryAfterMs(kAlice), expected);
            clock.advanceMs(expected);
            QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
            const auto lockout = limiter.recordFailure(kAlice); // one more guess: locked out again
            QVERIFY(lockout);
            QCOMPARE(lockout->durationMs, next);
            expected = next;
        }
        QVERIFY(!limiter.recordFailure(kAlice)); // while locked: changes nothing
        QCOMPARE(limiter.retryAfterMs(kAlice), 900'000LL);
    }

    void aQuietAddressStartsOver() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        fail(limiter, kAlice, 5);
        clock.advanceMs(60'000 + 15 * 60'000);
        QVERIFY(!limiter.recordFailure(kAlice)); // a first failure again, not a doubled lockout
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
    }

    void successResetsTheCount() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        fail(limiter, kAlice, 4);
        limiter.recordSuccess(kAlice);
        fail(limiter, kAlice, 4);
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
        QVERIFY(limiter.recordFailure(kAlice));
        clock.advanceSeconds(60);
        limiter.recordSuccess(kAlice); // after a lockout: the back-off starts over too
        QCOMPARE(limiter.trackedAddresses(), 0);
        fail(limiter, kAlice, 4);
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL);
    }

    void theTableIsBoundedAndForgetsTheOldestFirst() {
        ManualClock clock;
        AuthRateLimiter::Policy policy;
        policy.maxAddresses = 100;
        AuthRateLimiter limiter(clock, policy);
        fail(limiter, kAlice, 5);
        QVERIFY(limiter.retryAfterMs(kAlice) > 0);
        for (int i = 0; i < 99; ++i)
            fail(limiter, QHostAddress(quint32(0x0a000000 + i)), 1);
        QCOMPARE(limiter.trackedAddresses(), 100);
        QVERIFY(limiter.retryAfterMs(kAlice) > 0); // still there: the table is not over its bound
        fail(limiter, kBob, 1);
        QCOMPARE(limiter.trackedAddresses(), 100);
        QCOMPARE(limiter.retryAfterMs(kAlice), 0LL); // the oldest went
        for (int i = 0; i < 10'000; ++i)
            fail(limiter, QHostAddress(quint32(0x0b000000 + i)), 1);
        QCOMPARE(limiter.trackedAddresses(), 100);
    }

    void theDefaultBoundIsTenThousand() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        QCOMPARE(limiter.policy().maxAddresses, 10'000);
        for (int i = 0; i < 10'500; ++i)
            fail(limiter, QHostAddress(quint32(0x0a000000 + i)), 1);
        QCOMPARE(limiter.trackedAddresses(), 10'000);
    }

    void mappedAddressesCountAsIPv4() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        const QHostAddress mapped(u"::ffff:192.0.2.10"_s);
        QCOMPARE(AuthRateLimiter::key(mapped), u"192.0.2.10"_s);
        fail(limiter, mapped, 3);
        fail(limiter, kAlice, 1);
        const auto lockout = limiter.recordFailure(mapped);
        QVERIFY(lockout);
        QCOMPARE(lockout->address, u"192.0.2.10"_s);
        QVERIFY(limiter.retryAfterMs(kAlice) > 0);
        QCOMPARE(limiter.trackedAddresses(), 1);
    }

    void ipv6ScopesAndSpellingsAreOneAddress() {
        ManualClock clock;
        AuthRateLimiter limiter(clock);
        QHostAddress scoped(u"fe80::1"_s);
        scoped.setScopeId(u"eth0"_s);
        QCOMPARE(AuthRateLimiter::key(scoped), u"fe80::1"_s);
        QCOMPARE(AuthRateLimiter::key(QHostAddress(u"FE80:0:0::1"_s)), u"fe80::1"_s);
        QCOMPARE(AuthRateLimiter::key(QHostAddress(u"2001:db8::1"_s)), u"2001:db8::1"_s);
        fail(limiter, scoped, 5);
        QVERIFY(limiter.retryAfterMs(QHostAddress(u"fe80::1"_s)) > 0);
    }
};

QTEST_APPLESS_MAIN(TestAuthRateLimiter)
#include "tst_authratelimiter.moc"
