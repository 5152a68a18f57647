#include "ConsoleLeases.h"
#include "ManualClock.h"
#include "models/GraceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

Lease makeLease(const QString& id, qint64 lastRenewalMs, qint64 graceDeadlineMs) {
    return consoleLease(id, lastRenewalMs, graceDeadlineMs);
}

} // namespace

class tst_GraceModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOverdueComponentsBySoonestShutdown();
    void showsTheCountdown();
    void tickMovesOnlyTheCountdownColumns();
    void componentBecomingOverdueJoins();
    void ticksReadTheLeasesOnlyWhenOneIsDueToJoin();
    void unreachableManagerPutsEveryComponentInGrace();
    void eachOverdueComponentShowsItsEvidence();
    void evidenceAppearsWhenAMemberTurnsOverdue();
    void bannerUsesTheNodeClock();
    void bannerForASingleComponent();

private:
    QStringList idsShown() const;

    ManualClock m_clock;
    qint64 m_start = 0;
    LeaseSnapshot m_snapshot; // the model's lease source
    int m_reads = 0;          // how often the model read it
    GraceModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void tst_GraceModel::init() {
    m_start = m_clock.nowMs();
    m_reads = 0;
    m_model = new GraceModel(
        m_clock,
        [this]() -> const LeaseSnapshot& {
            ++m_reads;
            return m_snapshot;
        },
        this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    // renew_after 300 s: overdue once the last renewal is more than 450 s old.
    m_snapshot.renewAfterS = 300;
    m_snapshot.leases = {
        makeLease(u"later"_s, m_start - kHour, m_start + 5 * kDay),
        makeLease(u"fresh"_s, m_start - kMinute, m_start + 7 * kDay),
        makeLease(u"late"_s, m_start - (2 * kHour + 13 * kMinute), m_start + 4 * kDay + 21 * kHour),
        makeLease(u"gone"_s, m_start - 6 * kDay, m_start - kHour),
    };
    m_model->refresh(0);
}

void tst_GraceModel::cleanup() {
    delete m_tester;
    delete m_model;
}

QStringList tst_GraceModel::idsShown() const {
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row, 0).data(GraceModel::LeaseIdRole).toString());
    return ids;
}

void tst_GraceModel::listsOverdueComponentsBySoonestShutdown() {
    QCOMPARE(idsShown(), (QStringList{u"gone"_s, u"late"_s, u"later"_s}));
    QCOMPARE(m_model->componentsInGrace(), 2); // gone's deadline has passed
    QCOMPARE(m_model->firstShutdownInMs(m_start), 4 * kDay + 21 * kHour);
    QCOMPARE(m_model->bannerText(m_start), QString()); // the manager answers
}

void tst_GraceModel::showsTheCountdown() {
    const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(1, GraceModel::InstanceColumn), u"late:9999"_s);
    QCOMPARE(text(1, GraceModel::TypeColumn), u"vdp"_s);
    QCOMPARE(text(1, GraceModel::HostColumn), u"late"_s);
    QCOMPARE(text(1, GraceModel::CoresColumn), u"4"_s);
    QCOMPARE(text(1, GraceModel::LastRenewalColumn), u"2 h 13 m ago"_s);
    QCOMPARE(text(1, GraceModel::ShutsDownInColumn), u"shuts down in 4 d 21 h"_s);
    QCOMPARE(text(0, GraceModel::ShutsDownInColumn), u"shutting down"_s);
    // Sorted by the deadline itself: the order the countdown shows, without moving.
    QCOMPARE(m_model->index(1, GraceModel::ShutsDownInColumn).data(GraceModel::SortRole).toLongLong(),
             m_start + 4 * kDay + 21 * kHour);
    QCOMPARE(m_model->headerData(GraceModel::ShutsDownInColumn, Qt::Horizontal).toString(),
             u"Shuts down in"_s);
}

void tst_GraceModel::tickMovesOnlyTheCountdownColumns() {
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_clock.advanceSeconds(5);
    m_model->tick(m_clock.nowMs());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(0, GraceModel::LastRenewalColumn));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), m_model->index(2, GraceModel::ShutsDownInColumn));
    QVERIFY(!changed.first().at(2).value<QList<int>>().contains(GraceModel::SortRole));

    // 385 s in: fresh is still not overdue, so the rows stay.
    m_clock.advanceSeconds(380);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(m_model->index(1, GraceModel::ShutsDownInColumn).data().toString(), u"shuts down in 4 d 20 h"_s);
    QCOMPARE(m_model->index(1, GraceModel::LastRenewalColumn).data().toString(), u"2 h 19 m ago"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(reset.count(), 0);
}

void tst_GraceModel::componentBecomingOverdueJoins() {
    // fresh last renewed 60 s ago: overdue 391 s from now, not at 390 s.
    m_clock.advanceSeconds(390);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(m_model->rowCount(), 3);
    m_clock.advanceSeconds(1);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(idsShown(), (QStringList{u"gone"_s, u"late"_s, u"later"_s, u"fresh"_s}));
    QCOMPARE(m_model->componentsInGrace(), 3);
}

// With 100,000 leases a pass over them each second would be the console's
// largest cost: between a look and the moment a lease turns overdue, ticks
// only move the countdown.
void tst_GraceModel::ticksReadTheLeasesOnlyWhenOneIsDueToJoin() {
    const int readsAfterLook = m_reads;
    for (int second = 1; second <= 390; ++second) {
        m_clock.advanceSeconds(1);
        m_model->tick(m_clock.nowMs());
    }
    QCOMPARE(m_reads, readsAfterLook);
    m_clock.advanceSeconds(1); // fresh turns overdue
    m_model->tick(m_clock.nowMs());
    QCOMPARE(m_reads, readsAfterLook + 1);
    QCOMPARE(m_model->rowCount(), 4);
}

void tst_GraceModel::unreachableManagerPutsEveryComponentInGrace() {
    const qint64 since = m_start - (2 * kHour + 13 * kMinute);
    m_model->setManagerUnreachableSince(since);
    QCOMPARE(idsShown(), (QStringList{u"gone"_s, u"late"_s, u"later"_s, u"fresh"_s}));
    // gone's deadline has passed, so three components are counted.
    QCOMPARE(
        m_model->bannerText(m_start),
        u"License Manager unreachable for 2 h 13 m: 3 components in grace, first shutdown in 4 d 21 h"_s);
    QCOMPARE(m_model->componentsInGrace(), 3);

    // A day later late is past its deadline too.
    const qint64 later = m_start + 4 * kDay + 22 * kHour;
    QCOMPARE(m_model->firstShutdownInMs(later), 2 * kHour);
    QCOMPARE(m_model->bannerText(later),
             u"License Manager unreachable for 5 d: 2 components in grace, first shutdown in 2 h"_s);

    m_model->setManagerUnreachableSince(std::nullopt);
    QCOMPARE(m_model->bannerText(m_start), QString());
    QCOMPARE(idsShown(), (QStringList{u"gone"_s, u"late"_s, u"later"_s}));
}

void tst_GraceModel::eachOverdueComponentShowsItsEvidence() {
    m_snapshot.leases[2].probes = {ProbeResult{m_start - kMinute, ProbeOutcome::Refused, u"refused"_s},
                                   ProbeResult{m_start, ProbeOutcome::Refused, u"refused"_s}};
    m_snapshot.leases[0].probes = {ProbeResult{m_start, ProbeOutcome::Timeout, {}}};
    m_model->refresh(0);
    const auto evidence = [this](int row) {
        return m_model->index(row, GraceModel::EvidenceColumn).data().toString();
    };
    QCOMPARE(idsShown(), (QStringList{u"gone"_s, u"late"_s, u"later"_s}));
    QCOMPARE(evidence(0), u"not probed yet"_s);
    QCOMPARE(evidence(1), u"process gone: connection refused (2 in a row, over 1 m)"_s);
    QCOMPARE(evidence(2), u"cannot tell: host does not answer (once)"_s);
    QVERIFY(m_model->index(1, GraceModel::EvidenceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"refused"_s));
    QCOMPARE(m_model->headerData(GraceModel::EvidenceColumn, Qt::Horizontal).toString(), u"Evidence"_s);
}

// While the manager is unreachable every component is listed, overdue or
// not: one that turns overdue gets its verdict then, without a new look.
void tst_GraceModel::evidenceAppearsWhenAMemberTurnsOverdue() {
    m_model->setManagerUnreachableSince(m_start);
    const int fresh = int(idsShown().indexOf(u"fresh"_s));
    const QModelIndex evidence = m_model->index(fresh, GraceModel::EvidenceColumn);
    QCOMPARE(evidence.data().toString(), QString());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_clock.advanceSeconds(391);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(evidence.data().toString(), u"not probed yet"_s);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& signal) {
        return signal.at(0).value<QModelIndex>().row() <= fresh &&
               signal.at(1).value<QModelIndex>().row() >= fresh &&
               signal.at(1).value<QModelIndex>().column() == GraceModel::EvidenceColumn;
    }));
}

// The node's clock runs 1 h ahead: an hour less until every deadline, while
// the time unreachable is measured on the console's clock.
void tst_GraceModel::bannerUsesTheNodeClock() {
    m_snapshot = {};
    m_snapshot.leases = {makeLease(u"a"_s, m_start, m_start + 4 * kDay + 21 * kHour)};
    m_model->refresh(kHour);
    m_model->setManagerUnreachableSince(m_start - 30 * kMinute);
    QCOMPARE(m_model->bannerText(m_start),
             u"License Manager unreachable for 30 m: 1 component in grace, shutdown in 4 d 20 h"_s);
}

void tst_GraceModel::bannerForASingleComponent() {
    m_snapshot = {};
    m_snapshot.leases = {makeLease(u"a"_s, m_start - 6 * kDay, m_start - kMinute)};
    m_model->refresh(0);
    m_model->setManagerUnreachableSince(m_start - kHour);
    QCOMPARE(m_model->firstShutdownInMs(m_start), std::nullopt);
    QCOMPARE(m_model->bannerText(m_start), u"License Manager unreachable for 1 h: no components in grace"_s);
}

QTEST_MAIN(tst_GraceModel)
#include "tst_gracemodel.moc"
