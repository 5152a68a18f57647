// The licensing rules as a pure function, case by case.
#include "TestPrinters.h"
#include "lease/LeasePolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

Q_DECLARE_METATYPE(std::optional<DenialReason>)

class TestLeasePolicy : public QObject {
    Q_OBJECT

    // A case of check(): `cores` asked for `component` while other instances
    // hold `othersCores`, `nowOffsetMs` after the license's expiry; nullopt
    // is a grant.
    static void addCase(const char* name, const QString& component, int cores, const QList<int>& othersCores,
                        qint64 nowOffsetMs, std::optional<DenialReason> expected) {
        QTest::newRow(name) << component << cores << othersCores << nowOffsetMs << expected;
    }

private Q_SLOTS:
    void check_data() {
        QTest::addColumn<QString>("component");
        QTest::addColumn<int>("cores");
        QTest::addColumn<QList<int>>("othersCores");
        QTest::addColumn<qint64>("nowOffsetMs");
        QTest::addColumn<std::optional<DenialReason>>("expected");

        const std::optional<DenialReason> granted;
        addCase("first instance", u"vdp"_s, 16, {}, 0, granted);
        addCase("exactly the total", u"vdp"_s, 8, {16}, 0, granted);
        addCase("over the total", u"vdp"_s, 9, {16}, 0, DenialReason::CoreLimit);
        addCase("per instance", u"vdp"_s, 17, {}, 0, DenialReason::CoresPerInstance);
        addCase("instances", u"vdp"_s, 1, {1, 1}, 0, DenialReason::InstanceLimit);
        addCase("unlicensed type", u"solver"_s, 1, {}, 0, DenialReason::TypeNotLicensed);
        addCase("at expiry", u"vdp"_s, 1, {}, 0, granted);
        addCase("after expiry", u"vdp"_s, 1, {}, 1, DenialReason::LicenseExpired);
        // An expired license is the first thing an administrator must hear about.
        addCase("expired wins", u"solver"_s, 99, {}, 1, DenialReason::LicenseExpired);
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
