// When an overdue lease may be ended as dead: only with the policy on, only
// after it has been overdue long enough, and only when its last N probes,
// spaced by the probe interval, all found nothing listening. A host that
// does not answer, or a port that still accepts, never reclaims.
#include "lease/ReclaimPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

constexpr qint64 kMinuteMs = 60'000;

ReclaimPolicy policy() {
    ReclaimPolicy p;
    p.reclaimAfterS = 600;
    p.probeIntervalS = 60;
    p.refusals = 3;
    return p;
}

QList<ProbeResult> probes(std::initializer_list<std::pair<qint64, ProbeOutcome>> list) {
    QList<ProbeResult> result;
    for (const auto& [minute, outcome] : list)
        result.append(ProbeResult{minute * kMinuteMs, outcome, {}});
    return result;
}

} // namespace

class TestReclaimJudge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threeSpacedRefusalsAfterTheWaitReclaim() {
        const auto seen =
            probes({{1, ProbeOutcome::Refused}, {2, ProbeOutcome::Refused}, {3, ProbeOutcome::Refused}});
        QVERIFY(ReclaimJudge::reclaims(policy(), 0, 10 * kMinuteMs, seen));
        QVERIFY(!ReclaimJudge::reclaims(policy(), 0, 10 * kMinuteMs - 1, seen)); // not overdue long enough
    }

    void offByDefault() {
        const auto seen =
            probes({{1, ProbeOutcome::Refused}, {2, ProbeOutcome::Refused}, {3, ProbeOutcome::Refused}});
        QVERIFY(!ReclaimJudge::reclaims(ReclaimPolicy(), 0, 100 * kMinuteMs, seen));
    }

    void tooFewOrTooCloseRefusalsDoNot() {
        QVERIFY(!ReclaimJudge::reclaims(policy(), 0, 60 * kMinuteMs,
                                        probes({{1, ProbeOutcome::Refused}, {2, ProbeOutcome::Refused}})));
        QList<ProbeResult> burst = probes({{1, ProbeOutcome::Refused}, {2, ProbeOutcome::Refused}});
        burst.append(ProbeResult{2 * kMinuteMs + 1000, ProbeOutcome::Refused, {}});
        QVERIFY(!ReclaimJudge::reclaims(policy(), 0, 60 * kMinuteMs, burst));
    }

    void anAmbiguousOrOpenProbeAmongThemNeverReclaims_data() {
        QTest::addColumn<int>("outcome");
        QTest::newRow("timeout") << int(ProbeOutcome::Timeout);
        QTest::newRow("unreachable") << int(ProbeOutcome::Unreachable);
        QTest::newRow("open") << int(ProbeOutcome::Open);
    }
    void anAmbiguousOrOpenProbeAmongThemNeverReclaims() {
        QFETCH(int, outcome);
        const auto seen =
            probes({{1, ProbeOutcome::Refused}, {2, ProbeOutcome(outcome)}, {3, ProbeOutcome::Refused}});
        QVERIFY(!ReclaimJudge::reclaims(policy(), 0, 60 * kMinuteMs, seen));
        const auto only = probes({{1, ProbeOutcome(outcome)},
                                  {2, ProbeOutcome(outcome)},
                                  {3, ProbeOutcome(outcome)},
                                  {4, ProbeOutcome(outcome)}});
        QVERIFY(!ReclaimJudge::reclaims(policy(), 0, 600 * kMinuteMs, only));
    }

    void refusalsAfterAnOpenPortCount() {
        // It listened, then it crashed: the last three say so.
        const auto seen = probes({{1, ProbeOutcome::Open},
                                  {2, ProbeOutcome::Refused},
                                  {3, ProbeOutcome::Refused},
                                  {4, ProbeOutcome::Refused}});
        QVERIFY(ReclaimJudge::reclaims(policy(), 0, 10 * kMinuteMs, seen));
    }

    void oneProbePerInterval() {
        QVERIFY(ReclaimJudge::probeDue(policy(), {}, 0));
        const auto seen = probes({{1, ProbeOutcome::Timeout}});
        QVERIFY(!ReclaimJudge::probeDue(policy(), seen, 2 * kMinuteMs - 1));
        QVERIFY(ReclaimJudge::probeDue(policy(), seen, 2 * kMinuteMs));
    }

    void verdictsInWords() {
        QCOMPARE(ReclaimJudge::verdict({}), ReclaimJudge::Verdict::NoEvidence);
        const auto gone = probes({{0, ProbeOutcome::Timeout},
                                  {2, ProbeOutcome::Refused},
                                  {5, ProbeOutcome::Refused},
                                  {14, ProbeOutcome::Refused}});
        QCOMPARE(ReclaimJudge::verdict(gone), ReclaimJudge::Verdict::ProcessGone);
        QVERIFY2(ReclaimJudge::describe(gone).startsWith(u"process gone: connection refused (3 in a row"_s),
                 qPrintable(ReclaimJudge::describe(gone)));
        QVERIFY(ReclaimJudge::describe(gone).endsWith(u"over 12 m)"_s));
        const auto silent = probes({{0, ProbeOutcome::Timeout}});
        QCOMPARE(ReclaimJudge::verdict(silent), ReclaimJudge::Verdict::CannotTell);
        QCOMPARE(ReclaimJudge::describe(silent), u"cannot tell: host does not answer (once)"_s);
        const auto quickly = probes({{0, ProbeOutcome::Refused}});
        QCOMPARE(ReclaimJudge::describe(quickly), u"process gone: connection refused (once)"_s);
        QCOMPARE(ReclaimJudge::verdict(probes({{0, ProbeOutcome::Open}})),
                 ReclaimJudge::Verdict::ProbablyAlive);
    }

    void targets() {
        QCOMPARE(ProbeTarget::parse(u"web-01:9999"_s), (ProbeTarget{u"web-01"_s, 9999}));
        QCOMPARE(ProbeTarget::parse(u"10.0.0.5:8000"_s), (ProbeTarget{u"10.0.0.5"_s, 8000}));
        QCOMPARE(ProbeTarget::parse(u"[::1]:10091"_s), (ProbeTarget{u"::1"_s, 10091}));
        QCOMPARE(ProbeTarget::parse(u"[::1]:10091"_s)->toString(), u"[::1]:10091"_s);
        for (const QString& bad : {u"web-01"_s, u"web-01:vdp"_s, u":80"_s, u"web-01:0"_s, u"web-01:70000"_s,
                                   u"::1:80"_s, u"a b:80"_s, u"[nonsense]:80"_s})
            QVERIFY2(!ProbeTarget::parse(bad), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestReclaimJudge)
#include "tst_reclaimjudge.moc"
