// The licensing rules as a pure function, case by case.
#include "TestPrinters.h"
#include "lease/LeasePolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

Q_DECLARE_METATYPE(std::optional<DenialReason>)

class TestLeasePolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void check_data() {
        QTest::addColumn<QString>("component");
        QTest::addColumn<int>("cores");
        QTest::addColumn<QList<int>>("othersCores");
        QTest::addColumn<qint64>("nowOffsetMs");
        QTest::addColumn<std::optional<DenialReason>>("expected");

        const std::optional<DenialReason> granted;
        QTest::newRow("first instance") << u"vdp"_s << 16 << QList<int>{} << 0LL << granted;
        QTest::newRow("exactly the total") << u"vdp"_s << 8 << QList<int>{16} << 0LL << granted;
        QTest::newRow("over the total")
            << u"vdp"_s << 9 << QList<int>{16} << 0LL << std::optional(DenialReason::CoreLimit);
        QTest::newRow("per instance")
            << u"vdp"_s << 17 << QList<int>{} << 0LL << std::optional(DenialReason::CoresPerInstance);
        QTest::newRow("instances") << u"vdp"_s << 1 << QList<int>{1, 1} << 0LL
                                   << std::optional(DenialReason::InstanceLimit);
        QTest::newRow("unlicensed type")
            << u"solver"_s << 1 << QList<int>{} << 0LL << std::optional(DenialReason::TypeNotLicensed);
        QTest::newRow("at expiry") << u"vdp"_s << 1 << QList<int>{} << 0LL << granted;
        QTest::newRow("after expiry")
            << u"vdp"_s << 1 << QList<int>{} << 1LL << std::optional(DenialReason::LicenseExpired);
        // An expired license is the first thing an administrator must hear about.
        QTest::newRow("expired wins")
            << u"solver"_s << 99 << QList<int>{} << 1LL << std::optional(DenialReason::LicenseExpired);
    }

    void check() {
        QFETCH(QString, component);
        QFETCH(int, cores);
        QFETCH(QList<int>, othersCores);
        QFETCH(qint64, nowOffsetMs);
        QFETCH(std::optional<DenialReason>, expected);

        LicenseTerms terms;
        terms.licenseId = u"acme-2027"_s;
        terms.expiresMs = 1'000'000;
        terms.components = {{u"vdp"_s, {2, 16, 24}}};
        TypeUsage others;
        for (int c : othersCores) {
            others.instancesUsed += 1;
            others.coresUsed += c;
        }
        const LeaseRequest request{component, u"i"_s, u"h"_s, {}, cores, u"1"_s};
        const auto denial = LeasePolicy::check(terms, terms.expiresMs + nowOffsetMs, request, others);
        QCOMPARE(denial.has_value(), expected.has_value());
        if (denial) {
            QCOMPARE(denial->reason, *expected);
            QVERIFY(denial->message.contains(u"acme-2027"_s));
        }
    }
};

QTEST_APPLESS_MAIN(TestLeasePolicy)
#include "tst_leasepolicy.moc"
