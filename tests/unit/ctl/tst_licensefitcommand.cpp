// `leasekeeper-ctl license fit` against a real in-process node holding a
// month of leases: the exit status says whether the offer would have held,
// the report and its JSON name every instance it would have refused.
#include "CtlCapture.h"
#include "FreePort.h"
#include "MonthOfLeases.h"
#include "TestFiles.h"
#include "ctl/CtlExit.h"
#include "ctl/LicenseCommand.h"
#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLicenseFitCommand : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    IssuerKeyPair m_issuer = IssuerKeyPair::generate().value();
    MonthOfLeases m_month;
    CtlCapture m_ctl{&LicenseCommand::run};

    QString offerFile(const QString& name, int maxVdpInstances) {
        QJsonObject terms = MonthOfLeases::serverTerms();
        terms.insert(u"license_id"_s, name);
        terms.insert(u"components"_s,
                     componentsJson({{u"vdp"_s, {maxVdpInstances, 16, 200}}, {u"scheduler"_s, {1, 4, 4}}}));
        const QString path = m_server->dir.filePath(name + u".json"_s);
        if (!writeTestFile(path, LicenseIssuer::issue(terms, m_issuer).value().toFileBytes()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int fit(const QString& license, const QStringList& more = {}) {
        return m_ctl.run(QStringList{u"license"_s, u"fit"_s, u"--license"_s, license, u"--url"_s,
                                     m_server->url(), u"--token-file"_s, m_server->config.adminTokenPath} +
                         more);
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<TestServer>(MonthOfLeases::serverTerms());
        QVERIFY(m_issuer.savePublic(m_server->config.trustPaths.first()));
        QVERIFY(writeTestFile(
            m_server->config.licensePath,
            LicenseIssuer::issue(MonthOfLeases::serverTerms(), m_issuer).value().toFileBytes()));
        QVERIFY(m_server->start());
        HttpTestClient client(m_server->port());
        QVERIFY(client.waitUntilReady());
        QVERIFY(m_month.generate(*m_server, client));
    }
    void cleanupTestCase() { m_server.reset(); }

    void anOfferThatHoldsExitsZero() {
        QCOMPARE(fit(offerFile(u"tier-8"_s, 8)), int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.contains(u"The license would have held"_s), qPrintable(m_ctl.out));
        QVERIFY2(m_ctl.out.contains(
                     u"License tier-8 for ACME Corp against the %1 leases of the last 30 days"_s.arg(
                         m_month.vdpLeases + 1)),
                 qPrintable(m_ctl.out));
    }

    void aSmallerOfferExitsSevenAndNamesTheRefusedInstances() {
        QCOMPARE(fit(offerFile(u"tier-7"_s, 7)), int(CtlExit::WouldNotFit));
        // Day 5 (and 11, 17, 23, 29) runs 8 instances: the eighth is refused.
        QVERIFY2(m_ctl.out.contains(u"Starts the license would have refused: 5"_s), qPrintable(m_ctl.out));
        QVERIFY2(m_ctl.out.contains(u"vdp-5-7:9999"_s) && m_ctl.out.contains(u"host-5-7"_s),
                 qPrintable(m_ctl.out));
        QVERIFY(!m_ctl.out.contains(u"vdp-5-6:9999"_s));
        QVERIFY2(m_ctl.out.contains(QRegularExpression(u"vdp\\s+7 / 200\\s+8 / 64\\s+-1 / 136\\s+5"_s)),
                 qPrintable(m_ctl.out));
    }

    void theJsonNamesEachInstanceRefused() {
        QCOMPARE(fit(offerFile(u"tier-6"_s, 6), {u"--json"_s, u"--days"_s, u"12"_s}),
                 int(CtlExit::WouldNotFit));
        const QJsonObject json = QJsonDocument::fromJson(m_ctl.out.toUtf8()).object();
        QCOMPARE(json.value(u"days"_s).toInt(), 12);
        QStringList instances;
        for (const QJsonValue& refusal : json.value(u"refusals"_s).toArray())
            instances.append(refusal.toObject().value(u"instance"_s).toString());
        // Days 18 to 29: 7 instances on days 22 and 28, 8 on 23 and 29.
        QCOMPARE(instances, QStringList({u"vdp-22-6:9999"_s, u"vdp-23-6:9999"_s, u"vdp-23-7:9999"_s,
                                         u"vdp-28-6:9999"_s, u"vdp-29-6:9999"_s, u"vdp-29-7:9999"_s}));
    }

    void aTamperedOfferExitsThree() {
        const QString path = offerFile(u"tier-9"_s, 9);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("tier-9"));
        QVERIFY(writeTestFile(path, bytes.replace("tier-9", "tier-X")));
        QCOMPARE(fit(path), int(CtlExit::InvalidLicense));
        QVERIFY2(m_ctl.err.contains(u"the license sent cannot be used"_s), qPrintable(m_ctl.err));
    }

    void missingOptionsAndAnUnreachableNodeFailClearly() {
        QCOMPARE(m_ctl.run({u"license"_s, u"fit"_s, u"--url"_s, m_server->url()}), int(CtlExit::Usage));
        QVERIFY2(m_ctl.err.contains(u"--license FILE is required"_s), qPrintable(m_ctl.err));
        QCOMPARE(fit(m_server->dir.filePath(u"missing.json"_s)), int(CtlExit::Failure));
        QVERIFY2(m_ctl.err.contains(u"missing.json"_s), qPrintable(m_ctl.err));
        const QString offer = offerFile(u"tier-5"_s, 5);
        QCOMPARE(m_ctl.run({u"license"_s, u"fit"_s, u"--license"_s, offer, u"--url"_s, closedPortUrl(),
                            u"--token-file"_s, m_server->config.adminTokenPath}),
                 int(CtlExit::Failure));
        QVERIFY2(!m_ctl.err.isEmpty(), "no reason given for an unreachable node");
    }
};

QTEST_GUILESS_MAIN(TestLicenseFitCommand)
#include "tst_licensefitcommand.moc"
