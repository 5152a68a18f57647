// The Leases table applying one look's changes (GET /api/v1/leases?since=)
// instead of merging 100,000 leases, and its countdown repainting only the
// rows on screen while rows that turn overdue still move in a sorted view.
#include "ConsoleLeases.h"
#include "ManualClock.h"
#include "models/LeaseTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kDay = 24 * 60 * kMinute;

Lease makeLease(const QString& id, qint64 lastRenewalMs) {
    return consoleLease(id, lastRenewalMs, lastRenewalMs + 5 * kDay);
}

LeaseChanges changesOf(QList<Lease> live, QStringList ended) {
    return LeaseChanges{false, std::move(live), std::move(ended), u"1:2"_s};
}

} // namespace

class tst_LeaseTableChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_clock.setMs(1'800'000'000'000);
        m_model = std::make_unique<LeaseTableModel>(m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = m_clock.nowMs();
        m_leases = {makeLease(u"a"_s, now), makeLease(u"b"_s, now), makeLease(u"c"_s, now),
                    makeLease(u"d"_s, now)};
        m_model->setSnapshot(snapshotOf(m_leases), 0);
    }
    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    void endedRenewedAndNewLeasesAreApplied() {
        const QPersistentModelIndex d = m_model->index(3, 0);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        m_clock.advanceSeconds(30);
        const Lease renewed = makeLease(u"c"_s, m_clock.nowMs());
        const Lease fresh = makeLease(u"e"_s, m_clock.nowMs());
        const LeaseSnapshot after = snapshotOf({m_leases[0], renewed, m_leases[3], fresh});
        m_model->applyChanges(after, changesOf({renewed, fresh}, {u"b"_s}), 0);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1); // b's row
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), m_model->rowOfLease(u"c"_s));
        QCOMPARE(m_model->leaseAt(m_model->rowOfLease(u"c"_s))->lastRenewalMs, renewed.lastRenewalMs);
        QCOMPARE(m_model->leaseCount(), 4);
        QVERIFY(m_model->rowOfLease(u"b"_s) < 0);
        QVERIFY(m_model->rowOfLease(u"e"_s) >= 0);
        QCOMPARE(d.data(LeaseTableModel::LeaseIdRole).toString(), u"d"_s); // the selection stays put
    }

    void aLookWithoutChangesSaysNothing() {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->applyChanges(snapshotOf(m_leases), changesOf({}, {}), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    // The model missed a look (it was created after it, say): the counts
    // disagree, so it merges the whole snapshot and ends up right.
    void aMissedLookIsCaughtByTheSnapshot() {
        const Lease missed = makeLease(u"x"_s, m_clock.nowMs());
        const Lease fresh = makeLease(u"y"_s, m_clock.nowMs());
        m_model->applyChanges(snapshotOf({m_leases[0], missed, fresh}), changesOf({fresh}, {}), 0);
        QStringList ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->leaseAt(row)->id);
        ids.sort();
        QCOMPARE(ids, (QStringList{u"a"_s, u"x"_s, u"y"_s}));
    }

    void aFullLookMergesTheSnapshot() {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const LeaseSnapshot all = snapshotOf({m_leases[1], m_leases[2]});
        m_model->applyChanges(all, LeaseChanges{true, {}, {}, u"1:9"_s}, 0);
        QCOMPARE(m_model->leaseCount(), 2);
        QCOMPARE(reset.count(), 0); // merged: selection and scroll position survive
    }

    void tickRowsRepaintsOnlyTheRowsGiven() {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSeconds(1);
        m_model->tickRows(m_clock.nowMs(), {2});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(2, LeaseTableModel::StateColumn));
        QCOMPARE(changed.first().at(1).value<QModelIndex>(),
                 m_model->index(2, LeaseTableModel::TimeLeftColumn));
    }

    // b stopped renewing: when it turns overdue a view sorted by state moves
    // it, though its row was not on screen.
    void aRowTurningOverdueMovesInASortedViewWhereverItIs() {
        m_clock.advanceSeconds(300);
        QList<Lease> renewed;
        for (const QString& id : {u"a"_s, u"c"_s, u"d"_s})
            renewed.append(makeLease(id, m_clock.nowMs()));
        m_model->applyChanges(snapshotOf({renewed[0], m_leases[1], renewed[1], renewed[2]}),
                              changesOf(renewed, {}), 0);
        QSortFilterProxyModel byState;
        byState.setSourceModel(m_model.get());
        byState.setSortRole(LeaseTableModel::SortRole);
        byState.sort(LeaseTableModel::StateColumn);
        const auto lastShown = [&] {
            return byState.index(byState.rowCount() - 1, 0).data(LeaseTableModel::LeaseIdRole).toString();
        };
        for (int row = 0; row < byState.rowCount(); ++row)
            QCOMPARE(byState.index(row, LeaseTableModel::StateColumn).data().toString(), u"active"_s);

        m_clock.advanceSeconds(151); // b: 451 s since its last renewal
        m_model->tickRows(m_clock.nowMs(), {0});
        QCOMPARE(lastShown(), u"b"_s);
        QCOMPARE(byState.index(byState.rowCount() - 1, LeaseTableModel::StateColumn).data().toString(),
                 u"overdue"_s);
    }

private:
    ManualClock m_clock;
    QList<Lease> m_leases;
    std::unique_ptr<LeaseTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(tst_LeaseTableChanges)
#include "tst_leasetablechanges.moc"
