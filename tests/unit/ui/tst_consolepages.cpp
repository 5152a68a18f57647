// The console's Leases, Grace and History pages driven for real: a component
// (LicenseClient over HTTP) leases from the console's own License Manager;
// an administrator frees it; a remote node goes away mid-run.
#include "ConsoleTestDir.h"
#include "ScriptedPrompts.h"
#include "TestServer.h"
#include "client/EventLoopScheduler.h"
#include "client/HttpTransport.h"
#include "client/LicenseClient.h"
#include "models/GraceModel.h"
#include "models/HistoryModel.h"
#include "models/LeaseTableModel.h"
#include "pages/GracePage.h"
#include "pages/HistoryPage.h"
#include "pages/LeasesPage.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestConsolePages : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    SystemClock m_clock;
    ScriptedPrompts m_prompts;
    EventLoopScheduler m_scheduler;
    HttpTransport m_transport;

    std::unique_ptr<LicenseClient> component(quint16 port, const QString& instance) {
        const LeaseRequest identity{u"vdp"_s, instance, u"web-1"_s, {u"10.0.0.7"_s}, 8, u"9.1"_s};
        return std::make_unique<LicenseClient>(
            QList<QUrl>{QUrl(u"http://127.0.0.1:%1"_s.arg(port))}, identity, m_transport, m_scheduler,
            RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); }));
    }

    std::unique_ptr<ConsoleSession> localSession(const QString& name) {
        auto session = std::make_unique<ConsoleSession>(m_dir.localOptions(name), m_clock, m_prompts);
        if (!session->start())
            return nullptr;
        session->monitor()->setIntervals({200, 200});
        session->monitor()->start();
        return session;
    }

    // A local session whose node serves one component, `instance`, started
    // (it may not hold its lease yet). Both null when the session does not start.
    struct Serving {
        std::unique_ptr<ConsoleSession> session;
        std::unique_ptr<LicenseClient> client;
    };
    Serving servingOne(const QString& name, const QString& instance) {
        Serving serving{localSession(name), nullptr};
        if (!serving.session)
            return {};
        serving.client = component(serving.session->localServer()->port(), instance);
        serving.client->start();
        return serving;
    }

private Q_SLOTS:
    void initTestCase() { m_dir.isolate(); }
    void init() { m_prompts = ScriptedPrompts(); }

    void aStartedComponentAppearsInTheLeasesTable() {
        auto [session, client] = servingOne(u"appears"_s, u"web-1:9999"_s);
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), LicenseClient::State::Licensed, 10000);
        auto* page = session->window()->findChild<LeasesPage*>();
        QTRY_COMPARE_WITH_TIMEOUT(page->model().leaseCount(), 1, 10000);
        const Lease* lease = page->model().leaseAt(0);
        QCOMPARE(lease->holder.instance, u"web-1:9999"_s);
        QCOMPARE(lease->id, client->leaseId());
        const QModelIndex timeLeft = page->model().index(0, LeaseTableModel::TimeLeftColumn);
        QVERIFY2(timeLeft.data().toString().startsWith(u"4 d 23 h"_s),
                 qPrintable(timeLeft.data().toString()));
    }

    void freeingALeaseRemovesItAndRecordsTheReason() {
        auto [session, client] = servingOne(u"free"_s, u"web-2:9999"_s);
        QVERIFY(session);
        auto* page = session->window()->findChild<LeasesPage*>();
        QTRY_COMPARE_WITH_TIMEOUT(page->model().leaseCount(), 1, 10000);
        page->view()->selectRow(0);
        m_prompts.textAnswer = u"host decommissioned"_s;
        m_prompts.confirmAnswer = true;
        auto* history = session->window()->findChild<HistoryPage*>();
        page->freeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(page->model().leaseCount(), 0, 10000);
        // Freeing refreshes the history page by itself.
        const auto freedEntry = [history] {
            const QList<HistoryEntry>& entries = history->model().entries();
            return std::find_if(entries.cbegin(), entries.cend(),
                                [](const HistoryEntry& e) { return e.endReason == EndReason::FreedByAdmin; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(freedEntry() != history->model().entries().cend(), 10000);
        const auto freed = freedEntry();
        QCOMPARE(freed->note, u"host decommissioned"_s);
        QVERIFY(history->peakText().contains(u"vdp: 8 cores"_s));
        client->stop();
    }

    void cancellingTheReasonFreesNothing() {
        auto [session, client] = servingOne(u"cancel"_s, u"web-3:9999"_s);
        QVERIFY(session);
        auto* page = session->window()->findChild<LeasesPage*>();
        QTRY_COMPARE_WITH_TIMEOUT(page->model().leaseCount(), 1, 10000);
        page->view()->selectRow(0);
        m_prompts.textAnswer.reset();
        page->freeSelected();
        QTest::qWait(500); // a free, had one been sent, would show within two polls
        QCOMPARE(page->model().leaseCount(), 1);
        client->stop();
    }

    void theKeyboardSearchesAndFreesLeases() {
        auto [session, client] = servingOne(u"keys"_s, u"web-4:9999"_s);
        QVERIFY(session);
        MainWindow* window = session->window();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->showPage(u"leasesPage"_s);
        auto* page = window->findChild<LeasesPage*>();
        QTRY_COMPARE_WITH_TIMEOUT(page->model().leaseCount(), 1, 10000);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window->findChild<QLineEdit*>(u"leaseSearch"_s));

        page->view()->setFocus();
        page->view()->selectRow(0);
        m_prompts.textAnswer = u"moved to another host"_s;
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QVERIFY2(m_prompts.asked.size() >= 1, "Delete should ask for the reason");
        QTRY_COMPARE_WITH_TIMEOUT(page->model().leaseCount(), 0, 10000);
        client->stop();
    }

    void closingWhileServingComponentsWarns() {
        auto [session, client] = servingOne(u"closing"_s, u"web-5:9999"_s);
        QVERIFY(session);
        MainWindow* window = session->window();
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(window->findChild<LeasesPage*>()->model().leaseCount(), 1, 10000);
        m_prompts.choiceAnswer.reset(); // cancel
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QVERIFY2(m_prompts.asked.last().contains(u"1 component"_s), qPrintable(m_prompts.asked.last()));
        QVERIFY(m_prompts.asked.last().contains(u"5 d"_s));
        m_prompts.choiceAnswer = QSystemTrayIcon::isSystemTrayAvailable() ? 1 : 0; // "Quit anyway"
        QVERIFY(window->close());
        client->stop();
    }

    void columnLayoutPersists() {
        {
            auto session = localSession(u"layout"_s);
            QVERIFY(session);
            auto* page = session->window()->findChild<LeasesPage*>();
            page->view()->horizontalHeader()->resizeSection(LeaseTableModel::InstanceColumn, 333);
            QHeaderView* header = page->view()->horizontalHeader();
            header->moveSection(header->visualIndex(LeaseTableModel::HostColumn), 0);
        }
        auto session = localSession(u"layout"_s);
        QVERIFY(session);
        const QHeaderView* header = session->window()->findChild<LeasesPage*>()->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(LeaseTableModel::InstanceColumn), 333);
        QCOMPARE(header->visualIndex(LeaseTableModel::HostColumn), 0);
    }

    void closingWithNothingServedDoesNotAsk() {
        auto session = localSession(u"idle"_s);
        QVERIFY(session);
        session->window()->show();
        QVERIFY(session->window()->close());
        QVERIFY(m_prompts.asked.isEmpty());
    }

    void aNodeThatGoesAwayStartsTheGraceCountdowns() {
        auto remote = std::make_unique<TestServer>();
        QVERIFY(remote->start());
        auto client = component(remote->port(), u"web-4:9999"_s);
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), LicenseClient::State::Licensed, 10000);

        ConsoleSession session(ConsoleTestDir::remoteOptions(*remote), m_clock, m_prompts);
        QVERIFY(session.start());
        session.monitor()->setIntervals({200, 200});
        session.monitor()->start();
        auto* grace = session.window()->findChild<GracePage*>();
        QTRY_COMPARE_WITH_TIMEOUT(session.window()->findChild<LeasesPage*>()->model().leaseCount(), 1, 10000);
        QCOMPARE(grace->model().rowCount(), 0); // renewing on time: nobody on grace

        remote.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!grace->bannerText().isEmpty(), 10000);
        QVERIFY2(grace->bannerText().contains(u"1 component in grace"_s), qPrintable(grace->bannerText()));
        QCOMPARE(grace->model().rowCount(), 1);
        const QString countdown = grace->model().index(0, GraceModel::ShutsDownInColumn).data().toString();
        QVERIFY2(countdown.startsWith(u"shuts down in 4 d 23 h"_s), qPrintable(countdown));
        client->stop();
    }
};

QTEST_MAIN(TestConsolePages)
#include "tst_consolepages.moc"
