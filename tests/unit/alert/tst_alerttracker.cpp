// Deduplication and quiet periods: each rule fires once per incident, again
// after its quiet period, and a flapping condition or a storm of events
// sends one alert that counts the rest.
#include "alert/AlertTracker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

constexpr qint64 kMinuteMs = 60'000;

AlertRule ruleWithQuiet(AlertKind kind, int quietS) {
    AlertRule rule = AlertRule::defaults(kind);
    rule.quietPeriodS = quietS;
    return rule;
}

AlertObservation seen(AlertKind kind, const QString& subject, bool active = true) {
    AlertObservation observation;
    observation.kind = kind;
    observation.subject = subject;
    observation.active = active;
    return observation;
}

} // namespace

class TestAlertTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conditionFiresOncePerIncident() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::NearLimit, 3600);
        QVERIFY(tracker.observe(rule, seen(AlertKind::NearLimit, u"vdp"_s), 0));
        for (int minute = 1; minute < 60; ++minute)
            QVERIFY(!tracker.observe(rule, seen(AlertKind::NearLimit, u"vdp"_s), minute * kMinuteMs));
        QCOMPARE(tracker.activeSubjects(AlertKind::NearLimit), QStringList{u"vdp"_s});
    }

    void stillActiveAfterQuietPeriodIsAReminder() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::NearLimit, 3600);
        QVERIFY(tracker.observe(rule, seen(AlertKind::NearLimit, u"vdp"_s), 0));
        const auto reminder = tracker.observe(rule, seen(AlertKind::NearLimit, u"vdp"_s), 60 * kMinuteMs);
        QVERIFY(reminder);
        QVERIFY(reminder->reminder);
        QVERIFY(!tracker.observe(rule, seen(AlertKind::NearLimit, u"vdp"_s), 61 * kMinuteMs));
    }

    void subjectsAreIndependent() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::NearLimit, 3600);
        QVERIFY(tracker.observe(rule, seen(AlertKind::NearLimit, u"vdp"_s), 0));
        QVERIFY(tracker.observe(rule, seen(AlertKind::NearLimit, u"scheduler"_s), 0));
    }

    void flappingSendsOneAlertThenCountsTheRest() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::StoreUnhealthy, 600);
        int sent = 0;
        // Down for a minute, up for a minute, for twenty minutes.
        for (int minute = 0; minute < 20; ++minute) {
            const bool down = minute % 2 == 0;
            if (tracker.observe(rule, seen(AlertKind::StoreUnhealthy, u"node-a"_s, down), minute * kMinuteMs))
                ++sent;
        }
        // At 0 and at 10 min (the first incident after the quiet period).
        QCOMPARE(sent, 2);
    }

    void heldBackIncidentIsSentWhenQuietEndsIfStillOn() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::StoreUnhealthy, 600);
        QVERIFY(tracker.observe(rule, seen(AlertKind::StoreUnhealthy, u"n"_s, true), 0));
        QVERIFY(!tracker.observe(rule, seen(AlertKind::StoreUnhealthy, u"n"_s, false), kMinuteMs));
        QVERIFY(!tracker.observe(rule, seen(AlertKind::StoreUnhealthy, u"n"_s, true), 2 * kMinuteMs));
        QVERIFY(!tracker.observe(rule, seen(AlertKind::StoreUnhealthy, u"n"_s, true), 9 * kMinuteMs));
        const auto late =
            tracker.observe(rule, seen(AlertKind::StoreUnhealthy, u"n"_s, true), 10 * kMinuteMs);
        QVERIFY(late);
        QVERIFY(!late->reminder); // a new incident, not the first one still going
        QCOMPARE(late->heldBack, 0);
    }

    void eventsOncePerQuietPeriodWithCount() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::Denial, 300);
        QVERIFY(tracker.observe(rule, seen(AlertKind::Denial, u"vdp"_s), 0));
        for (int i = 1; i <= 40; ++i)
            QVERIFY(!tracker.observe(rule, seen(AlertKind::Denial, u"vdp"_s), i * 1000));
        const auto next = tracker.observe(rule, seen(AlertKind::Denial, u"vdp"_s), 300'000);
        QVERIFY(next);
        QCOMPARE(next->heldBack, 40);
        QCOMPARE(tracker.observe(rule, seen(AlertKind::Denial, u"vdp"_s), 600'000)->heldBack, 0);
    }

    void zeroQuietPeriodSendsEveryEvent() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::GraceExpired, 0);
        for (int i = 0; i < 5; ++i)
            QVERIFY(tracker.observe(rule, seen(AlertKind::GraceExpired, u"vdp"_s), 1000));
    }

    void inactiveConditionNeverFires() {
        AlertTracker tracker;
        const AlertRule rule = ruleWithQuiet(AlertKind::ClockOffset, 60);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!tracker.observe(rule, seen(AlertKind::ClockOffset, u"n"_s, false), i * kMinuteMs));
        QVERIFY(tracker.activeSubjects(AlertKind::ClockOffset).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertTracker)
#include "tst_alerttracker.moc"
