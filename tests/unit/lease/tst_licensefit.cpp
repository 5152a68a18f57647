// The license-fit replay as a pure function: which recorded starts other
// license terms would have refused, and the peaks it reports.
#include "lease/LicenseFit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

constexpr qint64 kFrom = 1'000'000;
constexpr qint64 kTo = 2'000'000;

LicenseTerms terms(int maxInstances, int maxCoresPerInstance, int maxTotalCores) {
    LicenseTerms terms;
    terms.licenseId = u"offer-1"_s;
    terms.expiresMs = kTo * 10;
    terms.components.insert(u"vdp"_s, {maxInstances, maxCoresPerInstance, maxTotalCores});
    return terms;
}

HistoryEntry lease(const QString& instance, qint64 startMs, std::optional<qint64> endMs, int cores = 4,
                   const QString& component = u"vdp"_s) {
    HistoryEntry entry;
    entry.leaseId = u"lease-"_s + instance + u'-' + QString::number(startMs);
    entry.holder.component = component;
    entry.holder.instance = instance;
    entry.holder.host = instance.section(u':', 0, 0);
    entry.holder.cores = cores;
    entry.startMs = startMs;
    entry.endMs = endMs;
    return entry;
}

QStringList refused(const FitReport& report) {
    QStringList names;
    for (const FitRefusal& refusal : report.refusals)
        names.append(u"%1@%2:%3"_s.arg(refusal.holder.instance)
                         .arg(refusal.atMs)
                         .arg(reasonCode(refusal.denial.reason)));
    return names;
}

} // namespace

class TestLicenseFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLicenseLargeEnoughFitsAndReportsThePeak() {
        const QList<HistoryEntry> leases{lease(u"a:1"_s, kFrom + 10, kFrom + 100),
                                         lease(u"b:1"_s, kFrom + 50, kFrom + 200, 8),
                                         lease(u"c:1"_s, kFrom + 150, std::nullopt)};
        const FitReport report = LicenseFit::replay(terms(2, 8, 12), leases, kFrom, kTo);
        QVERIFY2(report.fits(), qPrintable(refused(report).join(u", "_s)));
        QCOMPARE(report.leasesReplayed, 3);
        QCOMPARE(report.types.size(), 1);
        const FitTypeReport& vdp = report.types.constFirst();
        QCOMPARE(vdp.peakInstances, 2);
        QCOMPARE(vdp.peakInstancesAtMs, kFrom + 50);
        QCOMPARE(vdp.peakCores, 12);
        QCOMPARE(vdp.largestInstanceCores, 8);
        QCOMPARE(vdp.headroomInstances(), 0);
        QCOMPARE(vdp.headroomCores(), 0);
    }

    // A refused start would not have run: it does not hold a license later.
    void aRefusedStartDoesNotCountAfterwards() {
        const QList<HistoryEntry> leases{lease(u"a:1"_s, kFrom + 10, std::nullopt),
                                         lease(u"b:1"_s, kFrom + 20, kFrom + 500),
                                         lease(u"c:1"_s, kFrom + 30, std::nullopt)};
        const FitReport report = LicenseFit::replay(terms(1, 8, 100), leases, kFrom, kTo);
        QCOMPARE(refused(report), QStringList({u"b:1@%1:instance_limit"_s.arg(kFrom + 20),
                                               u"c:1@%1:instance_limit"_s.arg(kFrom + 30)}));
        QCOMPARE(report.types.constFirst().peakInstances, 3); // the demand, as recorded
        QCOMPARE(report.types.constFirst().refused, 2);
        QCOMPARE(report.types.constFirst().headroomInstances(), -2);
    }

    void coresPerInstanceAndTotalAreChecked() {
        const QList<HistoryEntry> leases{lease(u"big:1"_s, kFrom + 10, std::nullopt, 16),
                                         lease(u"a:1"_s, kFrom + 20, std::nullopt, 6),
                                         lease(u"b:1"_s, kFrom + 30, std::nullopt, 6)};
        const FitReport report = LicenseFit::replay(terms(5, 8, 10), leases, kFrom, kTo);
        QCOMPARE(refused(report), QStringList({u"big:1@%1:cores_per_instance"_s.arg(kFrom + 10),
                                               u"b:1@%1:core_limit"_s.arg(kFrom + 30)}));
    }

    // The license must hold what already runs when the period begins; those
    // leases are replayed at its start, oldest first.
    void leasesRunningBeforeThePeriodAreReplayedAtItsStart() {
        const QList<HistoryEntry> leases{lease(u"new:1"_s, kFrom - 10, std::nullopt),
                                         lease(u"old:1"_s, kFrom - 900, std::nullopt),
                                         lease(u"gone:1"_s, kFrom - 800, kFrom)}; // ended as it began
        const FitReport report = LicenseFit::replay(terms(1, 8, 100), leases, kFrom, kTo);
        QCOMPARE(report.leasesReplayed, 2);
        QCOMPARE(refused(report), QStringList({u"new:1@%1:instance_limit"_s.arg(kFrom)}));
        QCOMPARE(report.refusals.constFirst().startedMs, kFrom - 10);
    }

    // A restart ends the old lease in the transaction that grants the new:
    // at one instant, ends go first.
    void aRestartAtTheSameInstantIsNotCountedTwice() {
        const QList<HistoryEntry> leases{lease(u"a:1"_s, kFrom + 10, kFrom + 100),
                                         lease(u"a:1"_s, kFrom + 100, std::nullopt)};
        const FitReport report = LicenseFit::replay(terms(1, 8, 100), leases, kFrom, kTo);
        QVERIFY(report.fits());
        QCOMPARE(report.types.constFirst().peakInstances, 1);
    }

    void anUnlicensedTypeAndAnExpiryAreRefusals() {
        LicenseTerms offer = terms(10, 8, 100);
        offer.expiresMs = kFrom + 500;
        const QList<HistoryEntry> leases{lease(u"s:1"_s, kFrom + 10, kFrom + 20, 2, u"scheduler"_s),
                                         lease(u"a:1"_s, kFrom + 400, kFrom + 450),
                                         lease(u"b:1"_s, kFrom + 600, std::nullopt)};
        const FitReport report = LicenseFit::replay(offer, leases, kFrom, kTo);
        QCOMPARE(refused(report), QStringList({u"s:1@%1:type_not_licensed"_s.arg(kFrom + 10),
                                               u"b:1@%1:license_expired"_s.arg(kFrom + 600)}));
        QCOMPARE(report.types.size(), 2);
        const FitTypeReport& scheduler = report.types.at(0);
        QCOMPARE(scheduler.component, u"scheduler"_s);
        QVERIFY(!scheduler.allowed);
        QVERIFY(!scheduler.headroomInstances());
        QVERIFY(report.refusals.constFirst().denial.message.contains(u"'scheduler'"_s));
    }

    void denialsAndLeasesOutsideThePeriodAreIgnored() {
        HistoryEntry denial = lease(u"d:1"_s, kFrom + 10, kFrom + 10);
        denial.kind = HistoryEntry::Kind::Denial;
        const QList<HistoryEntry> leases{denial, lease(u"late:1"_s, kTo + 1, std::nullopt),
                                         lease(u"early:1"_s, kFrom - 100, kFrom - 50)};
        const FitReport report = LicenseFit::replay(terms(0, 8, 100), leases, kFrom, kTo);
        QCOMPARE(report.leasesReplayed, 0);
        QVERIFY(report.fits());
        QVERIFY(report.types.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLicenseFit)
#include "tst_licensefit.moc"
