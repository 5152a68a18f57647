// The failover gap of an HA pair, measured from real parts: PostgreSQL, two
// leasekeeper-server processes, HAProxy from `leasekeeper-ctl lb-config` and
// simulated components renewing every second through HAProxy. Each round
// kills the primary (SIGKILL), then freezes it (SIGSTOP), then drains it
// (maintenance), and reports how long until the secondary served the first
// renewal and how many renewals the components saw fail.
//
//   LEASEKEEPER_BIN_DIR=build/bin LEASEKEEPER_SOURCE_DIR=. build/bin/ha_failover_bench [COMPONENTS] [ROUNDS]
#include "HaRig.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using lk::test::HaRig;

namespace {

struct Sample {
    qint64 gapMs = -1;
    int failed = 0;
};

QDateTime now() {
    return QDateTime::currentDateTimeUtc();
}

// Waits until `node` serves renewals again after `since` (and a little more,
// so that every component's next renewal has been counted).
Sample measure(HaRig& rig, const QString& node, const QDateTime& since, int settleMs) {
    Sample sample;
    (void)QTest::qWaitFor([&] { return rig.firstServedBy(node, since).isValid(); }, 30000);
    const QDateTime first = rig.firstServedBy(node, since);
    if (first.isValid())
        sample.gapMs = since.msecsTo(first);
    QTest::qWait(settleMs);
    sample.failed = rig.count(u"grace"_s, since);
    return sample;
}

bool waitForPrimary(HaRig& rig) {
    const QDateTime since = now();
    return QTest::qWaitFor([&] { return rig.firstServedBy(u"lm-primary"_s, since).isValid(); }, 30000);
}

void print(const char* what, QList<Sample> samples) {
    std::sort(samples.begin(), samples.end(),
              [](const Sample& a, const Sample& b) { return a.gapMs < b.gapMs; });
    QStringList gaps;
    int failed = 0;
    for (const Sample& s : samples) {
        gaps << QString::number(s.gapMs);
        failed += s.failed;
    }
    std::printf(
        "%-18s gap ms: median %lld, min %lld, max %lld (all: %s); failed renewals: %d in %lld rounds\n", what,
        samples.at(samples.size() / 2).gapMs, samples.first().gapMs, samples.last().gapMs,
        qPrintable(gaps.join(u' ')), failed, qint64(samples.size()));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int rounds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    HaRig rig;
    if (!rig.start(components)) {
        std::fprintf(stderr, "ha_failover_bench: %s\n", qPrintable(rig.error));
        return 1;
    }
    std::printf("%d components renewing every 1 s through HAProxy; %d rounds\n", components, rounds);
    QList<Sample> killed, frozen, drained;
    for (int round = 1; round <= rounds; ++round) {
        QDateTime since = now();
        rig.primary().kill();
        killed << measure(rig, u"lm-secondary"_s, since, 2000);
        if (!rig.restartPrimary() || !waitForPrimary(rig))
            return std::fprintf(stderr, "the primary did not come back: %s\n", qPrintable(rig.error)), 1;

        since = now();
        rig.signalPrimary(SIGSTOP);
        frozen << measure(rig, u"lm-secondary"_s, since, 2000);
        rig.signalPrimary(SIGCONT);
        if (!waitForPrimary(rig))
            return std::fprintf(stderr, "traffic did not return after SIGCONT\n"), 1;

        since = now();
        rig.setMaintenance(rig.primaryPort(), true);
        drained << measure(rig, u"lm-secondary"_s, since, 2000);
        rig.setMaintenance(rig.primaryPort(), false);
        if (!waitForPrimary(rig))
            return std::fprintf(stderr, "traffic did not return after maintenance\n"), 1;
        std::printf(
            "round %d: killed %lld ms / %d failed, frozen %lld ms / %d failed, maintenance %lld ms / %d "
            "failed\n",
            round, killed.last().gapMs, killed.last().failed, frozen.last().gapMs, frozen.last().failed,
            drained.last().gapMs, drained.last().failed);
        std::fflush(stdout);
    }
    print("killed (SIGKILL)", killed);
    print("frozen (SIGSTOP)", frozen);
    print("maintenance", drained);
    std::printf("shutdowns: %d; leases granted again (lost leases): %d\n", rig.count(u"shutdown"_s),
                rig.count(u"licensed"_s) - components);
    return 0;
}
