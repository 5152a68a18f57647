#include "ConsoleLeases.h"
#include "ManualClock.h"
#include "models/LeaseTableModel.h"
#include "util/Duration.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
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

Lease makeLease(const QString& id, qint64 nowMs, int cores = 4) {
    Lease lease;
    lease.id = id;
    lease.holder.component = u"vdp"_s;
    lease.holder.instance = u"host-"_s + id + u":9999"_s;
    lease.holder.host = u"host-"_s + id;
    lease.holder.ips = {u"10.0.0.1"_s, u"fd00::1"_s};
    lease.holder.cores = cores;
    lease.node = u"lm-a"_s;
    lease.grantedMs = nowMs - kHour;
    lease.lastRenewalMs = nowMs;
    lease.graceDeadlineMs = nowMs + 5 * kDay;
    return lease;
}

QList<ProbeResult> probes(qint64 firstMs, int count, ProbeOutcome outcome, const QString& detail) {
    QList<ProbeResult> list;
    for (int i = 0; i < count; ++i)
        list.append(ProbeResult{firstMs + i * kMinute, outcome, detail});
    return list;
}

QList<Lease> leasesNamed(const QStringList& ids, qint64 nowMs) {
    QList<Lease> leases;
    for (const QString& id : ids)
        leases.append(makeLease(id, nowMs));
    return leases;
}

QStringList idsInModel(const LeaseTableModel& model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.leaseAt(row)->id);
    return ids;
}

QList<std::pair<int, int>> ranges(const QSignalSpy& spy) {
    QList<std::pair<int, int>> result;
    for (const QList<QVariant>& signal : spy)
        result.append({signal.at(1).toInt(), signal.at(2).toInt()});
    return result;
}

// Every row can be found by its id while the model emits signals.
bool indexIsConsistent(const LeaseTableModel& model) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowOfLease(model.leaseAt(row)->id) != row)
            return false;
    }
    return true;
}

} // namespace

class tst_LeaseTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsLeaseColumns();
    void sortRoleHasRawNumbers();
    void appendsNewLeases();
    void removesContiguousRuns();
    void updatesChangedRowsOnly();
    void mergesEverythingAtOnce();
    void persistentIndexSurvivesMerge();
    void ignoresDuplicateIds();
    void tickMovesOnlyTheCountdown();
    void overdueStateFlips();
    void overdueLeasesShowTheirEvidence();
    void clockOffsetShiftsTheCountdown();
    void timeLeftStopsAtZero();
    void mergesAHundredThousandLeasesQuickly();

private:
    ManualClock m_clock;
    LeaseTableModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void tst_LeaseTableModel::init() {
    m_clock.setMs(1'800'000'000'000);
    m_model = new LeaseTableModel(m_clock, this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_LeaseTableModel::cleanup() {
    delete m_tester;
    delete m_model;
}

void tst_LeaseTableModel::showsLeaseColumns() {
    Lease lease = makeLease(u"a"_s, m_clock.nowMs(), 16);
    lease.graceDeadlineMs = m_clock.nowMs() + 4 * kDay + 21 * kHour + 13 * kMinute;
    m_model->setSnapshot(snapshotOf({lease}), 0);

    QCOMPARE(m_model->leaseCount(), 1);
    QCOMPARE(m_model->columnCount(), int(LeaseTableModel::ColumnCount));
    const auto text = [this](int column) { return m_model->index(0, column).data().toString(); };
    QCOMPARE(text(LeaseTableModel::TypeColumn), u"vdp"_s);
    QCOMPARE(text(LeaseTableModel::InstanceColumn), u"host-a:9999"_s);
    QCOMPARE(text(LeaseTableModel::HostColumn), u"host-a"_s);
    QCOMPARE(text(LeaseTableModel::IpsColumn), u"10.0.0.1, fd00::1"_s);
    QCOMPARE(text(LeaseTableModel::CoresColumn), u"16"_s);
    QCOMPARE(text(LeaseTableModel::ServedByColumn), u"lm-a"_s);
    QCOMPARE(text(LeaseTableModel::StateColumn), u"active"_s);
    QCOMPARE(text(LeaseTableModel::TimeLeftColumn), u"4 d 21 h"_s);
    QCOMPARE(text(LeaseTableModel::LastRenewalColumn),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(lease.lastRenewalMs), QLocale::ShortFormat));

    const QModelIndex renewal = m_model->index(0, LeaseTableModel::LastRenewalColumn);
    QCOMPARE(renewal.data(Qt::ToolTipRole).toString(), u"2027-01-15T08:00:00.000Z"_s);
    QCOMPARE(renewal.data(LeaseTableModel::LeaseIdRole).toString(), u"a"_s);
    QCOMPARE(m_model->index(0, LeaseTableModel::CoresColumn).data(Qt::TextAlignmentRole).toInt(),
             (Qt::AlignRight | Qt::AlignVCenter).toInt());
    QVERIFY(!m_model->index(0, LeaseTableModel::HostColumn).data(Qt::TextAlignmentRole).isValid());
    QVERIFY(!m_model->index(0, LeaseTableModel::StateColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->headerData(LeaseTableModel::TimeLeftColumn, Qt::Horizontal).toString(), u"Time left"_s);
    QCOMPARE(m_model->rowOfLease(u"a"_s), 0);
    QCOMPARE(m_model->rowOfLease(u"missing"_s), -1);
    QVERIFY(!m_model->leaseAt(1));
}

void tst_LeaseTableModel::sortRoleHasRawNumbers() {
    const Lease lease = makeLease(u"a"_s, m_clock.nowMs(), 16);
    m_model->setSnapshot(snapshotOf({lease}), 0);
    const auto sortValue = [this](int column) {
        return m_model->index(0, column).data(LeaseTableModel::SortRole);
    };
    QCOMPARE(sortValue(LeaseTableModel::CoresColumn).toInt(), 16);
    QCOMPARE(sortValue(LeaseTableModel::GrantedColumn).toLongLong(), lease.grantedMs);
    QCOMPARE(sortValue(LeaseTableModel::LastRenewalColumn).toLongLong(), lease.lastRenewalMs);
    // The deadline: the order of the time left, without moving with time.
    QCOMPARE(sortValue(LeaseTableModel::TimeLeftColumn).toLongLong(), lease.graceDeadlineMs);
    QCOMPARE(sortValue(LeaseTableModel::StateColumn).toInt(), 0);
    QCOMPARE(sortValue(LeaseTableModel::HostColumn).toString(), u"host-a"_s);
}

void tst_LeaseTableModel::appendsNewLeases() {
    const qint64 now = m_clock.nowMs();
    m_model->setSnapshot(snapshotOf(leasesNamed({u"a"_s, u"b"_s}, now)), 0);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->setSnapshot(snapshotOf(leasesNamed({u"c"_s, u"a"_s, u"b"_s, u"d"_s}, now)), 0);

    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{2, 3}}));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(idsInModel(*m_model), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QVERIFY(indexIsConsistent(*m_model));
}

void tst_LeaseTableModel::removesContiguousRuns() {
    const qint64 now = m_clock.nowMs();
    m_model->setSnapshot(
        snapshotOf(leasesNamed({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s}, now)), 0);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    bool consistentDuringSignals = true;
    const auto check = [&] {
        consistentDuringSignals = consistentDuringSignals && indexIsConsistent(*m_model);
    };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, check);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, check);

    m_model->setSnapshot(snapshotOf(leasesNamed({u"a"_s, u"d"_s, u"f"_s}, now)), 0);

    // b and c go together, then e, then g: rows as they are when each run goes.
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{1, 2}, {2, 2}, {3, 3}}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(consistentDuringSignals);
    QCOMPARE(idsInModel(*m_model), (QStringList{u"a"_s, u"d"_s, u"f"_s}));
    QVERIFY(indexIsConsistent(*m_model));
    QCOMPARE(m_model->rowOfLease(u"b"_s), -1);

    m_model->setSnapshot(snapshotOf({}), 0);
    QCOMPARE(ranges(removed).last(), (std::pair<int, int>{0, 2}));
    QCOMPARE(m_model->leaseCount(), 0);
}

void tst_LeaseTableModel::updatesChangedRowsOnly() {
    const qint64 now = m_clock.nowMs();
    QList<Lease> leases = leasesNamed({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, now);
    m_model->setSnapshot(snapshotOf(leases), 0);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    leases[1].lastRenewalMs += 30 * kSecond;
    leases[1].graceDeadlineMs += 30 * kSecond;
    leases[3].holder.cores = 8;
    m_model->setSnapshot(snapshotOf(leases), 0);

    QCOMPARE(changed.count(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto topLeft = changed.at(i).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(i).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), i == 0 ? 1 : 3);
        QCOMPARE(bottomRight.row(), topLeft.row());
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), LeaseTableModel::ColumnCount - 1);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->leaseAt(3)->holder.cores, 8);

    m_model->setSnapshot(snapshotOf(leases), 0); // nothing changed, clock did not move
    QCOMPARE(changed.count(), 2);
}

void tst_LeaseTableModel::mergesEverythingAtOnce() {
    const qint64 now = m_clock.nowMs();
    QList<Lease> leases = leasesNamed({u"a"_s, u"b"_s, u"c"_s}, now);
    m_model->setSnapshot(snapshotOf(leases), 0);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    leases[2].node = u"lm-b"_s; // c moves to the other node
    QList<Lease> next = {makeLease(u"x"_s, now), leases[2], leases[0]};
    m_model->setSnapshot(snapshotOf(next), 0);

    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{1, 1}}));
    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{2, 2}}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(idsInModel(*m_model), (QStringList{u"a"_s, u"c"_s, u"x"_s}));
    QCOMPARE(m_model->index(1, LeaseTableModel::ServedByColumn).data().toString(), u"lm-b"_s);
    QVERIFY(indexIsConsistent(*m_model));
}

void tst_LeaseTableModel::persistentIndexSurvivesMerge() {
    const qint64 now = m_clock.nowMs();
    m_model->setSnapshot(snapshotOf(leasesNamed({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, now)), 0);
    const QPersistentModelIndex kept(m_model->index(3, LeaseTableModel::HostColumn));
    const QPersistentModelIndex gone(m_model->index(1, LeaseTableModel::HostColumn));

    m_model->setSnapshot(snapshotOf(leasesNamed({u"a"_s, u"c"_s, u"d"_s, u"e"_s}, now)), 0);

    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 2);
    QCOMPARE(kept.data().toString(), u"host-d"_s);
    QCOMPARE(kept.data(LeaseTableModel::LeaseIdRole).toString(), u"d"_s);
    QVERIFY(!gone.isValid());
}

void tst_LeaseTableModel::ignoresDuplicateIds() {
    const qint64 now = m_clock.nowMs();
    Lease second = makeLease(u"a"_s, now, 99);
    m_model->setSnapshot(snapshotOf({makeLease(u"a"_s, now), second, makeLease(u"b"_s, now)}), 0);
    QCOMPARE(idsInModel(*m_model), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(m_model->leaseAt(0)->holder.cores, 4);
}

void tst_LeaseTableModel::tickMovesOnlyTheCountdown() {
    const qint64 now = m_clock.nowMs();
    QList<Lease> leases = leasesNamed({u"a"_s, u"b"_s, u"c"_s}, now);
    leases[0].graceDeadlineMs = now + 4 * kDay + 21 * kHour + 30 * kMinute;
    leases[1].graceDeadlineMs = now + 90 * kSecond;
    m_model->setSnapshot(snapshotOf(leases), 0);
    const auto timeLeft = [this](int row) {
        return m_model->index(row, LeaseTableModel::TimeLeftColumn).data().toString();
    };
    QCOMPARE(timeLeft(0), u"4 d 21 h"_s);
    QCOMPARE(timeLeft(1), u"1 m 30 s"_s);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    m_clock.advanceMs(5 * kMinute); // not overdue yet: only the countdown moves
    m_model->tick(m_clock.nowMs());

    QCOMPARE(timeLeft(0), u"4 d 21 h"_s);
    QCOMPARE(timeLeft(1), u"0 s"_s);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(0, LeaseTableModel::StateColumn));
    QCOMPARE(bottomRight, m_model->index(2, LeaseTableModel::TimeLeftColumn));
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    // What the countdown columns sort by does not move: a sorting proxy
    // must not sort 100,000 rows again every second.
    QVERIFY(!roles.contains(LeaseTableModel::SortRole));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);

    m_model->tick(m_clock.nowMs()); // the same second again: nothing to say
    QCOMPARE(changed.count(), 1);
}

void tst_LeaseTableModel::overdueStateFlips() {
    m_model->setSnapshot(snapshotOf({makeLease(u"a"_s, m_clock.nowMs())}), 0);
    const QModelIndex state = m_model->index(0, LeaseTableModel::StateColumn);
    QCOMPARE(state.data().toString(), u"active"_s);

    // renew_after 300 s plus half of it as slack: overdue after 450 s.
    m_clock.advanceSeconds(450);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(state.data().toString(), u"active"_s);

    m_clock.advanceSeconds(1);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(state.data().toString(), u"overdue"_s);
    QCOMPARE(state.data(LeaseTableModel::SortRole).toInt(), 1);
    QVERIFY(state.data(Qt::ForegroundRole).canConvert<QColor>());
    QVERIFY(!state.data(Qt::DecorationRole).isNull());
    QVERIFY(m_model->index(0, LeaseTableModel::TimeLeftColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->index(0, LeaseTableModel::HostColumn).data(Qt::ForegroundRole).isValid());

    // A renewal arrives with the next poll.
    Lease renewed = makeLease(u"a"_s, m_clock.nowMs());
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setSnapshot(snapshotOf({renewed}), 0);
    QCOMPARE(state.data().toString(), u"active"_s);
    QCOMPARE(reset.count(), 0);
}

// The verdict shows for overdue leases only, follows new probes, sorts the
// most alarming last and lists the probes in its tooltip.
void tst_LeaseTableModel::overdueLeasesShowTheirEvidence() {
    Lease lease = makeLease(u"a"_s, m_clock.nowMs());
    m_model->setSnapshot(snapshotOf({lease, makeLease(u"b"_s, m_clock.nowMs())}), 0);
    const QModelIndex evidence = m_model->index(0, LeaseTableModel::EvidenceColumn);
    QCOMPARE(m_model->headerData(LeaseTableModel::EvidenceColumn, Qt::Horizontal).toString(), u"Evidence"_s);
    QCOMPARE(evidence.data().toString(), QString());
    QVERIFY(!evidence.data(Qt::ToolTipRole).isValid());
    QCOMPARE(evidence.data(LeaseTableModel::SortRole).toLongLong(), 0);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_clock.advanceSeconds(451);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(evidence.data().toString(), u"not probed yet"_s);
    QVERIFY(evidence.data(Qt::ToolTipRole).toString().startsWith(u"Not probed"_s));
    // The flip repaints the whole row, the Evidence cell included.
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant>& signal) {
        return signal.at(1).value<QModelIndex>().column() == LeaseTableModel::EvidenceColumn;
    }));

    const qint64 firstProbe = m_clock.nowMs() - 2 * kMinute;
    lease.probes = probes(firstProbe, 3, ProbeOutcome::Refused, u"connection refused"_s);
    Lease alive = makeLease(u"b"_s, lease.lastRenewalMs);
    alive.probes = probes(firstProbe, 1, ProbeOutcome::Open, {});
    m_model->setSnapshot(snapshotOf({lease, alive}), 0);
    QCOMPARE(evidence.data().toString(), u"process gone: connection refused (3 in a row, over 2 m)"_s);
    const QString tip = evidence.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.count(u"refused: connection refused"_s), 3);
    QVERIFY2(tip.contains(QDateTime::fromMSecsSinceEpoch(firstProbe).toString(u"HH:mm:ss"_s)),
             qPrintable(tip));
    const QModelIndex aliveEvidence = m_model->index(1, LeaseTableModel::EvidenceColumn);
    QVERIFY(aliveEvidence.data().toString().startsWith(u"probably alive"_s));
    QVERIFY(aliveEvidence.data(LeaseTableModel::SortRole).toLongLong() <
            evidence.data(LeaseTableModel::SortRole).toLongLong());

    m_model->setSnapshot(snapshotOf({makeLease(u"a"_s, m_clock.nowMs()), alive}), 0); // renewed
    QCOMPARE(evidence.data().toString(), QString());
}

void tst_LeaseTableModel::clockOffsetShiftsTheCountdown() {
    m_model->setSnapshot(snapshotOf({makeLease(u"a"_s, m_clock.nowMs())}), 0);
    const QModelIndex timeLeft = m_model->index(0, LeaseTableModel::TimeLeftColumn);
    QCOMPARE(timeLeft.data().toString(), u"5 d"_s);

    // The node's clock runs 3 hours ahead of the console's: the cells read
    // the new countdown at once, and the next tick repaints them.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setSnapshot(snapshotOf({makeLease(u"a"_s, m_clock.nowMs())}), 3 * kHour);
    QCOMPARE(timeLeft.data().toString(), u"4 d 21 h"_s);
    QCOMPARE(m_model->nodeNowMs(), m_clock.nowMs() + 3 * kHour);
    // By the node's clock the lease was renewed 3 hours ago: overdue, and
    // signalled as a flip (all roles) before the countdown repaints.
    QCOMPARE(m_model->index(0, LeaseTableModel::StateColumn).data().toString(), u"overdue"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().isEmpty());
    m_clock.advanceSeconds(1);
    m_model->tick(m_clock.nowMs());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().column(), LeaseTableModel::StateColumn);
    QCOMPARE(changed.last().at(1).value<QModelIndex>().column(), LeaseTableModel::TimeLeftColumn);
}

void tst_LeaseTableModel::timeLeftStopsAtZero() {
    Lease lease = makeLease(u"a"_s, m_clock.nowMs());
    lease.graceDeadlineMs = m_clock.nowMs() - kMinute;
    m_model->setSnapshot(snapshotOf({lease}), 0);
    QCOMPARE(m_model->index(0, LeaseTableModel::TimeLeftColumn).data().toString(), u"0 s"_s);
    QCOMPARE(m_model->index(0, LeaseTableModel::TimeLeftColumn).data(LeaseTableModel::SortRole).toLongLong(),
             lease.graceDeadlineMs);
}

// Every other lease goes: 50,000 separate runs. A merge that shifted the
// rows once per run would take minutes here.
void tst_LeaseTableModel::mergesAHundredThousandLeasesQuickly() {
    delete m_tester; // its per-signal checks are not what this measures
    m_tester = nullptr;
    const qint64 now = m_clock.nowMs();
    QList<Lease> all;
    for (int i = 0; i < 100'000; ++i)
        all.append(makeLease(QString::number(i), now));
    m_model->setSnapshot(snapshotOf(all), 0);
    QCOMPARE(m_model->leaseCount(), 100'000);

    QList<Lease> half;
    for (int i = 0; i < all.size(); i += 2)
        half.append(all.at(i));
    half.append(makeLease(u"new"_s, now));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QElapsedTimer timer;
    timer.start();
    m_model->setSnapshot(snapshotOf(half), 0);
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(removed.count(), 50'000);
    QCOMPARE(m_model->leaseCount(), 50'001);
    QCOMPARE(m_model->leaseAt(1)->id, u"2"_s);
    QCOMPARE(m_model->rowOfLease(u"99998"_s), 49'999);
    QCOMPARE(m_model->rowOfLease(u"new"_s), 50'000);
    QVERIFY2(elapsed < 5000, qPrintable(u"merge took %1 ms"_s.arg(elapsed)));
    qInfo("merge of 100,000 leases with 50,000 removed runs: %lld ms", elapsed);
}

QTEST_MAIN(tst_LeaseTableModel)
#include "tst_leasetablemodel.moc"
