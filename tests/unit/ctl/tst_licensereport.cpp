#include "LicenseTestData.h"
#include "ctl/LicenseReport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class tst_LicenseReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatSeconds_data();
    void formatSeconds();
    void describesEverything();
};

void tst_LicenseReport::formatSeconds_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("days") << qint64(432000) << u"432000 s (5 d)"_s;
    QTest::newRow("hours") << qint64(7200) << u"7200 s (2 h)"_s;
    QTest::newRow("minutes") << qint64(300) << u"300 s (5 min)"_s;
    QTest::newRow("seconds") << qint64(61) << u"61 s"_s;
    QTest::newRow("one second") << qint64(1) << u"1 s"_s;
}

void tst_LicenseReport::formatSeconds() {
    QFETCH(qint64, seconds);
    QTEST(LicenseReport::formatSeconds(seconds), "text");
}

void tst_LicenseReport::describesEverything() {
    const License license(LicenseTerms::fromJson(sampleTermsJson()).value(), sampleTermsJson(),
                          u"0123456789abcdef"_s, u"c2ln"_s);
    const QString text = LicenseReport::describe(license);
    for (const QString& expected :
         {u"License id:           acme-2027\n"_s, u"Licensee:             ACME Rendering Ltd\n"_s,
          u"Expires:              2027-12-31 23:59:59 UTC\n"_s,
          u"Grace period:         432000 s (5 d), default\n"_s, u"Renew after:          300 s (5 min)\n"_s,
          u"Max license managers: 2\n"_s, u"Components:\n"_s,
          u"  vdp                 max 10 instances, 8 cores per instance, 64 cores in total\n"_s,
          u"Key id:               0123456789abcdef\n"_s, u"Signature:            present"_s})
        QVERIFY2(text.contains(expected), qPrintable(text));

    const License unsignedLicense(license.terms(), license.termsJson());
    QVERIFY(LicenseReport::describe(unsignedLicense).contains(u"Signature:            MISSING"_s));
    QVERIFY(LicenseReport::describe(unsignedLicense).contains(u"Key id:               (none)"_s));
}

QTEST_APPLESS_MAIN(tst_LicenseReport)
#include "tst_licensereport.moc"
