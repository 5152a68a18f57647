// The real console window against real License Managers: its own in-process
// node on first run, and a remote one that goes away.
#include "ConsoleTestDir.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "ManualClock.h"
#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "TestLicense.h"
#include "TestServer.h"
#include "console/ProfileStore.h"
#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"
#include "models/AuditModel.h"
#include "pages/AuditPage.h"
#include "pages/LeasesPage.h"
#include "pages/LicensePage.h"
#include "pages/UsagePage.h"
#include "widgets/HealthBanner.h"
#include "widgets/NodeCard.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"
#include "window/ProfilesDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestConsoleSession : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    SystemClock m_clock;
    ScriptedPrompts m_prompts;

    // A license of exampleTerms() from an issuer the console does not know:
    // `name`.json and the issuer's key, `name`.pub. Empty when not written.
    struct LicenseFiles {
        QString license;
        QString key;
    };
    LicenseFiles newIssuersLicense(const QString& name) const {
        const LicenseFiles files{m_dir.filePath(name + u".json"_s), m_dir.filePath(name + u".pub"_s)};
        return writeSignedLicense(exampleTerms(), files.key, files.license) ? files : LicenseFiles{};
    }

private Q_SLOTS:
    void initTestCase() { m_dir.isolate(); }
    void init() { m_prompts = ScriptedPrompts(); }

    void firstRunServesADemoLicenseAndAllIsGood() {
        ConsoleSession session(m_dir.localOptions(u"first-run"_s), m_clock, m_prompts);
        QVERIFY(session.start());
        QVERIFY(session.createdDemoLicense());
        session.window()->show();
        HealthBanner* banner = session.window()->banner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->level(), HealthAssessment::Level::Good, 10000);
        auto* licensee = session.window()->findChild<QLabel*>(u"licensee"_s);
        QVERIFY(licensee);
        QTRY_VERIFY(licensee->text().contains(u"DEMO"_s));
    }

    void ctrlNumberSwitchesViews() {
        ConsoleSession session(m_dir.localOptions(u"keys"_s), m_clock, m_prompts);
        QVERIFY(session.start());
        MainWindow* window = session.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto* pages = window->findChild<QStackedWidget*>();
        QVERIFY(pages);
        QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"usagePage"_s); // right after History
        QTest::keyClick(window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"licensePage"_s);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"overviewPage"_s);
    }

    void portTakenAsksForAnother() {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ConsoleOptions options = m_dir.localOptions(u"port-taken"_s);
        options.port = squatter.serverPort();
        m_prompts.portAnswer = 0; // any free port
        ConsoleSession session(options, m_clock, m_prompts);
        QVERIFY(session.start());
        QCOMPARE(m_prompts.asked, QStringList{u"port %1"_s.arg(squatter.serverPort())});
        QVERIFY(session.localServer()->port() != squatter.serverPort());
    }

    void tamperedLicenseIsRefusedWithTheReason() {
        ConsoleSession session(m_dir.localOptions(u"tampered"_s), m_clock, m_prompts);
        QVERIFY(session.start());
        // A license from the trusted demo issuer, altered after signing.
        auto key = IssuerKeyPair::load(m_dir.filePath(u"tampered/demo/demo-issuer.key"_s));
        QVERIFY(key);
        auto license = LicenseIssuer::issue(exampleTerms(), key.value());
        QVERIFY(license);
        QByteArray bytes = license->toFileBytes();
        QVERIFY(bytes.contains("\"max_total_cores\": 24"));
        bytes.replace("\"max_total_cores\": 24", "\"max_total_cores\": 2400");
        const QString path = m_dir.filePath(u"tampered.json"_s);
        QVERIFY(writeTestFile(path, bytes));

        auto* page = session.window()->findChild<LicensePage*>();
        QVERIFY(page);
        QVERIFY(!page->installFromFile(path));
        QVERIFY2(page->feedback().contains(u"tampered"_s), qPrintable(page->feedback()));
        QVERIFY(m_prompts.asked.isEmpty()); // refused before asking to replace anything
        QFile installed(m_dir.filePath(u"tampered/license.json"_s));
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QVERIFY(installed.readAll().contains("\"demo\""));
    }

    void aLicenseFromANewIssuerInstallsWithItsKey() {
        ConsoleSession session(m_dir.localOptions(u"install"_s), m_clock, m_prompts);
        QVERIFY(session.start());
        const LicenseFiles acme = newIssuersLicense(u"acme"_s);
        QVERIFY(!acme.license.isEmpty());
        auto* page = session.window()->findChild<LicensePage*>();
        QVERIFY(!page->installFromFile(acme.license)); // untrusted without its key
        QVERIFY(page->feedback().contains(u"untrusted_key"_s));
        QVERIFY(page->installFromFile(acme.license, acme.key));
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY(m_prompts.asked.first().contains(u"acme-2027"_s));
        auto* licensee = session.window()->findChild<QLabel*>(u"licensee"_s);
        QTRY_COMPARE_WITH_TIMEOUT(licensee->text(), u"ACME Corp"_s, 10000);
        QVERIFY(QFile::exists(m_dir.filePath(u"install/license.json.previous"_s)));
    }

    void declinedReplacementChangesNothing() {
        ConsoleSession session(m_dir.localOptions(u"declined"_s), m_clock, m_prompts);
        QVERIFY(session.start());
        const LicenseFiles declined = newIssuersLicense(u"declined"_s);
        QVERIFY(!declined.license.isEmpty());
        m_prompts.confirmAnswer = false;
        QVERIFY(
            !session.window()->findChild<LicensePage*>()->installFromFile(declined.license, declined.key));
        QVERIFY(!QFile::exists(m_dir.filePath(u"declined/license.json.previous"_s)));
    }

    void aRemoteNodeThatGoesAwayTurnsTheBannerDown() {
        auto remote = std::make_unique<TestServer>();
        QVERIFY(remote->start());
        ConsoleSession session(ConsoleTestDir::remoteOptions(*remote), m_clock, m_prompts);
        QVERIFY(session.start());
        session.monitor()->setIntervals({200, 200});
        session.monitor()->start();
        HealthBanner* banner = session.window()->banner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->level(), HealthAssessment::Level::Good, 10000);
        remote.reset();
        QTRY_COMPARE_WITH_TIMEOUT(banner->level(), HealthAssessment::Level::Down, 10000);
        QVERIFY2(banner->text().contains(u"unreachable"_s), qPrintable(banner->text()));
        auto* card = session.window()->findChild<NodeCard*>();
        QCOMPARE(card->fieldText(u"reachable"_s), u"NO"_s);
    }

    void aTokenFileThatCannotBeReadIsReportedNotIgnored() {
        TestServer remote;
        QVERIFY(remote.start());
        ConsoleOptions options = ConsoleTestDir::remoteOptions(remote);
        options.tokenFile = m_dir.filePath(u"no-such.token"_s);
        ConsoleSession session(options, m_clock, m_prompts);
        QVERIFY(session.start());
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY2(m_prompts.errors.first().contains(options.tokenFile), qPrintable(m_prompts.errors.first()));
        QVERIFY(!session.monitor()->client().hasAdminToken());
    }

    // A colleague's viewer token: everything shows, nothing changes, and the
    // window says so; the Audit view shows who freed what.
    void aViewerTokenMakesTheConsoleReadOnly() {
        TestServer remote;
        remote.config.tokensPath = remote.dir.filePath(u"tokens"_s);
        QVERIFY(writeTestFile(remote.config.tokensPath, "victor viewer victor-viewer-token-0123456789\n"));
        QVERIFY(remote.start());
        ConsoleOptions options = ConsoleTestDir::remoteOptions(remote);
        options.tokenFile = m_dir.filePath(u"victor.token"_s);
        QVERIFY(writeTestFile(options.tokenFile, "victor-viewer-token-0123456789\n"));
        ConsoleSession session(options, m_clock, m_prompts);
        QVERIFY(session.start());
        MainWindow* window = session.window();
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->isReadOnly(), 10000);
        auto* access = window->findChild<QLabel*>(u"accessText"_s);
        QCOMPARE(access->text(), u"Read-only: viewer token 'victor'"_s);
        QVERIFY(!window->findChild<QAction*>(u"haWizardAction"_s)->isEnabled());
        auto* leases = window->findChild<LeasesPage*>();
        leases->view()->selectAll();
        QVERIFY(!window->findChild<QPushButton*>(u"freeLease"_s)->isEnabled());

        // An administrator frees a lease elsewhere; the viewer sees who did.
        HttpTestClient admin(remote.port());
        const auto granted = admin.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"web-1:9999"_s, 2));
        QCOMPARE(granted.status, 201);
        admin.setToken(TestServer::kAdminToken.toByteArray());
        const QString id = granted.json.value(u"lease_id"_s).toString();
        QCOMPARE(
            admin.post(u"/api/v1/leases/%1/free"_s.arg(id), QJsonObject{{u"reason"_s, u"moved"_s}}).status,
            204);
        auto* audit = window->findChild<AuditPage*>();
        window->showPage(u"auditPage"_s);
        const auto freedShown = [&] {
            for (const AuditEntry& entry : audit->model().entries()) {
                if (entry.action == u"lease.free"_s && entry.target == id && entry.actor == u"admin"_s)
                    return true;
            }
            audit->refresh();
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(freedShown(), 10000);
        QVERIFY(audit->errorText().isEmpty());

        // Usage over time only reads: the viewer sees it too.
        auto* usage = window->findChild<UsagePage*>();
        QSignalSpy usageRead(usage, &UsagePage::refreshed);
        window->showPage(u"usagePage"_s);
        QVERIFY(usageRead.wait(10000));
        QCOMPARE(usage->errorText(), QString());
    }

    void aProfileShowsEveryNodeOfThePairAndANodeDownDegrades() {
        auto primary = std::make_unique<TestServer>(exampleTerms(), u"lm-primary"_s);
        auto secondary = std::make_unique<TestServer>(exampleTerms(), u"lm-secondary"_s);
        QVERIFY(primary->start());
        QVERIFY(secondary->start());
        const QUrl primaryUrl(u"http://127.0.0.1:%1"_s.arg(primary->port()));
        const QUrl secondaryUrl(u"http://127.0.0.1:%1"_s.arg(secondary->port()));
        ConnectionProfile profile;
        profile.name = u"Pair"_s;
        profile.serviceUrl = primaryUrl; // stands in for the load balancer
        profile.nodeUrls = {primaryUrl, secondaryUrl};
        const QString dataDir = m_dir.filePath(u"profile"_s);
        QVERIFY(ProfileStore(dataDir).save({profile}));

        ConsoleSession session(m_dir.profileOptions(u"profile"_s, u"Pair"_s), m_clock, m_prompts);
        QVERIFY(session.start());
        QCOMPARE(session.window()->windowTitle(), u"Pair - LeaseKeeper"_s);
        QCOMPARE(int(session.watchedNodes().size()), 2);
        for (const auto& node : session.watchedNodes())
            node->setIntervals({200, 0});
        const auto cards = session.window()->findChildren<NodeCard*>(u"watchedNodeCard"_s);
        QCOMPARE(cards.size(), 2);
        HealthBanner* banner = session.window()->banner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->level(), HealthAssessment::Level::Good, 10000);
        QTRY_VERIFY(cards.last()->title().contains(u"lm-secondary"_s));

        secondary.reset();
        QTRY_COMPARE_WITH_TIMEOUT(banner->level(), HealthAssessment::Level::Degraded, 10000);
        QVERIFY2(banner->text().contains(u"no standby"_s), qPrintable(banner->text()));
        QCOMPARE(cards.last()->fieldText(u"reachable"_s), u"NO"_s);
        QCOMPARE(cards.first()->fieldText(u"reachable"_s), u"yes, ready"_s);
    }

    void anUnknownProfileSaysWhichOnesExist() {
        const QString dataDir = m_dir.filePath(u"profiles-unknown"_s);
        ConnectionProfile saved;
        saved.name = u"Production"_s;
        saved.serviceUrl = QUrl(u"http://lm-vip:10091"_s);
        QVERIFY(ProfileStore(dataDir).save({saved}));
        ConsoleSession session(m_dir.profileOptions(u"profiles-unknown"_s, u"Staging"_s), m_clock, m_prompts);
        const Status started = session.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(u"Production"_s), qPrintable(started.error().message));
    }

    void openingAProfileLaunchesAnotherConsole() {
        const QString dataDir = m_dir.filePath(u"launch"_s);
        ConsoleOptions options = m_dir.localOptions(u"launch"_s);
        ConsoleSession session(options, m_clock, m_prompts);
        QStringList launched;
        session.setLauncher([&launched](const QStringList& arguments) {
            launched = arguments;
            return true;
        });
        QVERIFY(session.start());
        session.window()->findChild<QAction*>(u"profilesAction"_s)->trigger();
        auto* dialog = session.window()->findChild<ProfilesDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"profileName"_s)->setText(u"Pair"_s);
        dialog->findChild<QLineEdit*>(u"serviceUrl"_s)->setText(u"http://lm-vip:10091"_s);
        dialog->openCurrent();
        QCOMPARE(launched, (QStringList{u"--profile"_s, u"Pair"_s, u"--data-dir"_s, dataDir}));
    }
};

QTEST_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
