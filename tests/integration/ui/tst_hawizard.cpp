// The HA setup wizard driven through its real pages: live checks against a
// real node, the database step against a real PostgreSQL (schema, keychain,
// data moved with verified counts), the load balancer's configuration, the
// profile it saves, and resuming where it was left.
#include "ConsoleTestDir.h"
#include "FreePort.h"
#include "HttpTestClient.h"
#include "LoadBalancerProcess.h"
#include "ManualClock.h"
#include "PgTestDatabase.h"
#include "ScriptedPrompts.h"
#include "TestServer.h"
#include "console/ProfileStore.h"
#include "ha/LoadBalancerConfig.h"
#include "lease/LeaseEngine.h"
#include "secrets/SecretStore.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"
#include "tls/TlsNetworkAccess.h"
#include "wizard/CheckList.h"
#include "wizard/CheckedStepPage.h"
#include "wizard/ComponentsStepPage.h"
#include "wizard/DatabaseStepPage.h"
#include "wizard/DrillStepPage.h"
#include "wizard/HaWizard.h"
#include "wizard/LoadBalancerStepPage.h"
#include "wizard/TlsStepPage.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestHaWizard : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    ScriptedPrompts m_prompts;
    QNetworkAccessManager m_network;

    std::unique_ptr<HaWizard> wizard(const QUrl& primary, const QString& sqlite = {}) {
        return std::make_unique<HaWizard>(
            primary, QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size()),
            m_dir.filePath(u"console"_s), sqlite, m_network, m_secrets, m_prompts);
    }
    SecretStore m_secrets;

    static QUrl urlOf(const TestServer& server) { return QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())); }
    static QJsonObject leaseRequest(const QString& instance, int cores) {
        return {{u"component"_s, u"vdp"_s},
                {u"instance"_s, instance},
                {u"host"_s, instance.section(u':', 0, 0)},
                {u"ips"_s, QJsonArray{u"10.0.0.1"_s}},
                {u"cores"_s, cores},
                {u"version"_s, u"9.1"_s}};
    }

    // Two in-process nodes behind HAProxy running lb-config's file, and a
    // wizard pointed at them.
    struct BalancedPair {
        TestServer primary{exampleTerms(), QStringLiteral("lm-a")};
        TestServer secondary{exampleTerms(), QStringLiteral("lm-b")};
        quint16 lbPort = freePort();
        std::unique_ptr<LoadBalancerProcess> balancer;
    };
    bool startBalancedPair(BalancedPair& pair, const QString& name) {
        const QString haproxy = LoadBalancerProcess::find(u"haproxy"_s);
        if (haproxy.isEmpty() || !pair.primary.start() || !pair.secondary.start())
            return false;
        const QString file = LoadBalancerProcess::writeFile(
            m_dir.filePath(name + u".cfg"_s),
            LoadBalancerConfig::haproxy({{u"127.0.0.1"_s, pair.primary.port()},
                                         {u"127.0.0.1"_s, pair.secondary.port()},
                                         {u"127.0.0.1"_s, pair.lbPort}}));
        pair.balancer = std::make_unique<LoadBalancerProcess>(haproxy, QStringList{u"-db"_s, u"-f"_s, file});
        return HttpTestClient(pair.lbPort).waitUntilServedBy("lm-a");
    }
    // The wizard on `pair` once its nodes and HAProxy (configured in
    // `name`.cfg) are up; null when something did not start.
    std::unique_ptr<HaWizard> wizardOnStartedPair(BalancedPair& pair, const QString& name) {
        return startBalancedPair(pair, name) ? wizardFor(pair) : nullptr;
    }

    std::unique_ptr<HaWizard> wizardFor(const BalancedPair& pair) {
        auto w = wizard(urlOf(pair.primary));
        w->setField(u"secondaryUrl"_s, urlOf(pair.secondary).toString());
        w->setField(u"lbUrl"_s, u"http://127.0.0.1:%1"_s.arg(pair.lbPort));
        return w;
    }

private Q_SLOTS:
    void initTestCase() { m_dir.isolate(); }
    void init() {
        m_prompts = ScriptedPrompts();
        QSettings().remove(u"haWizard"_s);
    }

    void theLicenseStepChecksTheLiveNode() {
        TestServer allowsTwo;
        QVERIFY(allowsTwo.start());
        auto first = wizard(urlOf(allowsTwo));
        first->show();
        auto* page = qobject_cast<CheckedStepPage*>(first->page(HaWizard::LicenseStep));
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QVERIFY2(page->checkList()->text().contains(u"pass license_allows_ha"_s),
                 qPrintable(page->checkList()->text()));

        QSettings().remove(u"haWizard"_s);
        QJsonObject terms = exampleTerms();
        terms[u"max_license_managers"_s] = 1;
        TestServer allowsOne(terms);
        QVERIFY(allowsOne.start());
        auto second = wizard(urlOf(allowsOne));
        second->show();
        auto* refused = qobject_cast<CheckedStepPage*>(second->page(HaWizard::LicenseStep));
        QTRY_VERIFY_WITH_TIMEOUT(refused->checkList()->text().contains(u"fail license_allows_ha"_s), 10000);
        QVERIFY(!refused->isComplete());
    }

    void theDatabaseStepPreparesTheSchemaAndMovesTheData() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        ManualClock clock(1'800'000'000'000);
        const QString sqlite = m_dir.filePath(u"local.db"_s);
        {
            SqliteStore local(sqlite, clock);
            QVERIFY(local.open());
            QVERIFY(local
                        .runBatch({[](StoreTransaction& tx) {
                            return tx.insertLease(Lease{u"l1"_s,
                                                        LeaseRequest{u"vdp"_s, u"i"_s, u"h"_s, {}, 2, u"1"_s},
                                                        u"n"_s, 1, 1, 4'000'000'000'000});
                        }})
                        ->front());
        }
        auto w = wizard(QUrl(u"http://127.0.0.1:1"_s), sqlite);
        auto* page = qobject_cast<DatabaseStepPage*>(w->page(HaWizard::DatabaseStep));
        page->findChild<QLineEdit*>(u"dbHost"_s)->setText(u"127.0.0.1"_s);
        page->findChild<QSpinBox*>(u"dbPort"_s)->setValue(db.port);
        page->findChild<QLineEdit*>(u"dbName"_s)->setText(db.name);
        page->findChild<QLineEdit*>(u"dbUser"_s)->setText(u"leasekeeper"_s);
        page->findChild<QLineEdit*>(u"dbPassword"_s)->setText(u"wrong"_s);
        QSignalSpy tested(page, &DatabaseStepPage::connectionTested);
        page->testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(page->status().contains(u"password authentication failed"_s), qPrintable(page->status()));
        QVERIFY(!page->isComplete());

        page->findChild<QLineEdit*>(u"dbPassword"_s)->setText(db.password);
        page->testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(page->status()));
        QVERIFY(page->isComplete());
        QVERIFY(page->status().contains(u"0 leases"_s));

        QSignalSpy moved(page, &DatabaseStepPage::migrationFinished);
        page->migrate();
        QVERIFY(moved.wait(10000));
        QVERIFY2(moved.last().first().toBool(), qPrintable(page->status()));
        QVERIFY(page->status().contains(u"Copied leases: 1 (active 1)"_s));
        PostgresStore shared(db.address, db.password);
        QVERIFY(shared.open());
        QCOMPARE(shared.allActiveLeases()->size(), 1);
        // Declining changes nothing on the server.
        m_prompts.confirmAnswer = false;
        page->migrate();
        QCOMPARE(shared.allActiveLeases()->size(), 1);
    }

    void theLoadBalancerStepWritesAnActivePassiveConfiguration() {
        auto w = wizard(QUrl(u"http://lm1.example.com:10091"_s));
        w->setField(u"secondaryUrl"_s, u"http://lm2.example.com:10091"_s);
        auto* page = qobject_cast<LoadBalancerStepPage*>(w->page(HaWizard::LoadBalancerStep));
        page->initializePage();
        const QString config = page->configuration();
        QVERIFY2(config.contains(u"lm2.example.com:10091"_s) && config.contains(u"backup"_s),
                 qPrintable(config));
        QVERIFY(config.contains(u"/pingLicenseManager"_s));
        const QString saved = m_dir.filePath(u"haproxy.cfg"_s);
        QVERIFY(page->saveConfiguration(saved));
        QVERIFY(QFile::exists(saved));
    }

    void theDrillMovesTrafficAndBringsItBack() {
        BalancedPair pair;
        auto w = wizardOnStartedPair(pair, u"drill"_s);
        QVERIFY2(w, "the nodes or HAProxy did not start (is haproxy installed?)");
        auto* page = qobject_cast<DrillStepPage*>(w->page(HaWizard::DrillStep));
        QSignalSpy finished(page, &DrillStepPage::drillFinished);
        m_prompts.confirmAnswer = false;
        page->runDrill(); // declined: nothing happens
        QVERIFY(!finished.wait(300));
        QCOMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 200);
        m_prompts.confirmAnswer = true;
        page->runDrill();
        QVERIFY(finished.wait(40000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->log()));
        QVERIFY2(page->log().contains(u"Traffic moved to the secondary after"_s), qPrintable(page->log()));
        QVERIFY(page->log().contains(u"0 of"_s));
        QVERIFY(page->isComplete());
    }

    void theComponentsStepShowsWhichComponentsComeThroughTheVirtualHost() {
        BalancedPair pair;
        auto w = wizardOnStartedPair(pair, u"components"_s);
        QVERIFY2(w, "the nodes or HAProxy did not start (is haproxy installed?)");
        auto* page = qobject_cast<ComponentsStepPage*>(w->page(HaWizard::ComponentsStep));
        QVERIFY(page);
        QSignalSpy updated(page, &ComponentsStepPage::routesUpdated);
        // Shown for real: the wizard hides and shows pages as it opens, and
        // the view must keep polling on its own.
        w->setStartId(HaWizard::ComponentsStep);
        w->show();
        QVERIFY(updated.wait(5000)); // the first poll learns where the primary's log stands

        // One component already moved to the virtual host, one not yet.
        QCOMPARE(HttpTestClient(pair.lbPort)
                     .post(u"/api/v1/leases"_s, leaseRequest(u"vdp-moved:9999"_s, 2))
                     .status,
                 201);
        QCOMPARE(HttpTestClient(pair.primary.port())
                     .post(u"/api/v1/leases"_s, leaseRequest(u"vdp-direct:9999"_s, 2))
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->topLevelItemCount(), 2, 6000);
        QVERIFY2(page->summary().contains(u"1 of 2"_s), qPrintable(page->summary()));
        QVERIFY2(page->summary().contains(u"vdp-direct"_s), qPrintable(page->summary()));
        const QTreeWidgetItem* first = page->table()->topLevelItem(0); // what is left to change comes first
        QCOMPARE(first->text(1), u"vdp-direct"_s);
        QCOMPARE(first->text(3), u"lm-a"_s);
        QVERIFY(page->table()->topLevelItem(1)->text(2).contains(u"virtual host"_s));
    }

    void theHttpsStepMakesAPairCertificateAndSaysWhatToRun() {
        auto w = wizard(QUrl(u"http://lm1.example.com:10091"_s));
        w->setField(u"secondaryUrl"_s, u"http://10.0.0.2:10091"_s);
        w->setField(u"lbUrl"_s, u"http://lm-vip.example.com:10091"_s);
        auto* page = qobject_cast<TlsStepPage*>(w->page(HaWizard::TlsStep));
        QVERIFY(page);
        QVERIFY(page->isComplete()); // HTTP is kept unless chosen otherwise
        page->generateSelfSigned();
        QVERIFY2(page->isComplete(), qPrintable(page->instructions()));
        QVERIFY2(page->instructions().contains(u"--listen lm-vip.example.com:10091 --tls-cert"_s),
                 qPrintable(page->instructions()));
        QVERIFY(page->instructions().contains(u"--pin-sha256"_s));
        m_prompts.confirmAnswer = false; // the files are there: not replaced without asking
        page->generateSelfSigned();
        QVERIFY(!page->isComplete());
        QVERIFY2(page->instructions().contains(u"not replaced"_s), qPrintable(page->instructions()));
        page->findChild<QLineEdit*>(u"tlsCertificate"_s)->setText(m_dir.filePath(u"missing.crt"_s));
        page->useOrganisationCertificate();
        QVERIFY(!page->isComplete());
        QVERIFY2(page->instructions().startsWith(u"Not ready:"_s), qPrintable(page->instructions()));
    }

    void finishingSavesTheProfileAndStartsAfreshNextTime() {
        auto w = wizard(QUrl(u"http://lm1:10091"_s));
        w->setField(u"secondaryUrl"_s, u"http://lm2:10091"_s);
        w->setField(u"lbUrl"_s, u"http://lm-vip:10091"_s);
        w->setField(u"profileName"_s, u"Production"_s);
        QSignalSpy saved(w.get(), &HaWizard::profileSaved);
        w->accept();
        QCOMPARE(saved.size(), 1);
        const auto profile = ProfileStore(m_dir.filePath(u"console"_s)).find(u"Production"_s);
        QVERIFY(profile);
        QCOMPARE(profile->serviceUrl, QUrl(u"http://lm-vip:10091"_s));
        QCOMPARE(profile->nodeUrls, (QList<QUrl>{QUrl(u"http://lm1:10091"_s), QUrl(u"http://lm2:10091"_s)}));
        QCOMPARE(HaWizard::savedStep(), int(HaWizard::LicenseStep));
    }

    void theSavedProfileTrustsWhatTheConsoleTrusts() {
        const QString pin = u"AB:"_s.repeated(31) + u"AB"_s;
        auto options = TlsClientOptions::create({}, {pin});
        QVERIFY(options);
        TlsNetworkAccess network(options.value());
        HaWizard w(QUrl(u"https://lm1:10091"_s), {}, m_dir.filePath(u"console"_s), {}, network, m_secrets,
                   m_prompts);
        w.setField(u"secondaryUrl"_s, u"https://lm2:10091"_s);
        w.setField(u"lbUrl"_s, u"https://lm-vip:10091"_s);
        w.setField(u"profileName"_s, u"Pinned pair"_s);
        w.accept();
        const auto profile = ProfileStore(m_dir.filePath(u"console"_s)).find(u"Pinned pair"_s);
        QVERIFY(profile);
        QCOMPARE(profile->pinsSha256, QStringList{pin});
    }

    void itResumesWhereItWasLeft() {
        {
            auto w = wizard(QUrl(u"http://lm1:10091"_s));
            w->setField(u"secondaryUrl"_s, u"http://lm2:10091"_s);
            w->show();
            // Leaving on the clock step, as after Next.
            QSettings().setValue(u"haWizard/step"_s, int(HaWizard::ClocksStep));
            QSettings().setValue(u"haWizard/secondaryUrl"_s, u"http://lm2:10091"_s);
        }
        auto again = wizard(QUrl(u"http://lm1:10091"_s));
        QCOMPARE(again->startId(), int(HaWizard::ClocksStep));
        QCOMPARE(again->field(u"secondaryUrl"_s).toString(), u"http://lm2:10091"_s);
    }
};

QTEST_MAIN(TestHaWizard)
#include "tst_hawizard.moc"
