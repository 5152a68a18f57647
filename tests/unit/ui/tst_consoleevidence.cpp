// What the console shows of overdue leases and the probes its License
// Manager kept about them: a real node in this process, whose clock the test
// moves and whose probes the test records (the node does not probe by
// itself), watched by a console session on the same clock.
#include "ConsoleTestDir.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "ScriptedPrompts.h"
#include "TestServer.h"
#include "models/GraceModel.h"
#include "models/HistoryModel.h"
#include "models/LeaseTableModel.h"
#include "pages/GracePage.h"
#include "pages/HistoryPage.h"
#include "pages/LeasesPage.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

// Past Lease::overdueBeforeMs with renew_after_s 300: 300 s + 150 s of slack.
constexpr qint64 kPastOverdueS = 600;

} // namespace

class TestConsoleEvidence : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    ScriptedPrompts m_prompts;
    std::unique_ptr<TestServer> m_node;
    std::unique_ptr<ConsoleSession> m_session;

    MainWindow* window() const { return m_session->window(); }
    LeasesPage* leasesPage() const { return window()->findChild<LeasesPage*>(); }

    // The first row of the Leases view as it shows it (through its sorting proxy).
    QString leasesViewEvidence() const {
        const QAbstractItemModel* shown = leasesPage()->view()->model();
        return shown->rowCount() > 0 ? shown->index(0, LeaseTableModel::EvidenceColumn).data().toString()
                                     : QString();
    }

    QString graceViewEvidence() const {
        const GraceModel& grace = window()->findChild<GracePage*>()->model();
        return grace.rowCount() > 0 ? grace.index(0, GraceModel::EvidenceColumn).data().toString()
                                    : QString();
    }

    QStringList overviewAlerts() const {
        QStringList texts;
        const auto* alerts = window()->findChild<QListWidget*>(u"alerts"_s);
        for (int row = 0; row < alerts->count(); ++row)
            texts.append(alerts->item(row)->text());
        return texts;
    }

    bool overviewMentions(const QString& text) const {
        const QStringList alerts = overviewAlerts();
        return std::any_of(alerts.cbegin(), alerts.cend(),
                           [&](const QString& a) { return a.contains(text); });
    }

    // Moves the node's clock, which is the console's too, in steps of 5 s:
    // a status answer read across a step measures the node's clock offset
    // wrong by half the step, and the views keep the offset of the last look
    // that changed a lease.
    void advanceClock(qint64 seconds) {
        for (qint64 done = 0; done < seconds; done += 5) {
            m_node->clock.advanceSeconds(qMin<qint64>(5, seconds - done));
            QTest::qWait(5);
        }
    }

    // Keeps a probe of `lease` as the node's reclaim service would, stamped
    // with the node's time; nothing when the store did not answer in time.
    std::optional<LeaseEngine::ProbeRecord> recordProbe(const Lease& lease, ProbeOutcome outcome,
                                                        const QString& detail) {
        std::optional<LeaseEngine::ProbeRecord> record;
        m_node->server->service().recordProbe(lease.id, lease.lastRenewalMs, ProbeResult{0, outcome, detail},
                                              this, [&record](const Result<LeaseEngine::ProbeRecord>& done) {
                                                  if (done)
                                                      record = done.value();
                                              });
        if (!QTest::qWaitFor([&record] { return record.has_value(); }, 5000))
            qWarning("the store kept no probe within 5 s");
        return record;
    }

    // The lease of `instance` as the console shows it, once it does.
    std::optional<Lease> shownLease(const QString& instance) {
        std::optional<Lease> found;
        const bool shown = QTest::qWaitFor(
            [&] {
                const LeaseTableModel& model = leasesPage()->model();
                for (int row = 0; row < model.leaseCount(); ++row) {
                    if (model.leaseAt(row)->holder.instance == instance)
                        found = *model.leaseAt(row);
                }
                return found.has_value();
            },
            10000);
        return shown ? found : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() { m_dir.isolate(); }

    // A node with one vdp lease of 4 cores, its probing off, and a console
    // watching it on the node's own clock.
    void init() {
        m_prompts = ScriptedPrompts();
        m_node = std::make_unique<TestServer>();
        m_node->config.reclaim.probeIntervalS = 0;
        QVERIFY(m_node->start());
        HttpTestClient client(m_node->port());
        QVERIFY(client.waitUntilReady());
        QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"web-1:9999"_s, 4)).status, 201);
        m_session = std::make_unique<ConsoleSession>(ConsoleTestDir::remoteOptions(*m_node), m_node->clock,
                                                     m_prompts);
        QVERIFY(m_session->start());
        m_session->monitor()->setIntervals({200, 200});
        m_session->monitor()->start();
        QTRY_COMPARE_WITH_TIMEOUT(leasesPage()->model().leaseCount(), 1, 10000);
    }

    void cleanup() {
        m_session.reset();
        m_node.reset();
    }

    void aComponentThatLooksDeadIsShownSoInEveryView() {
        QCOMPARE(leasesViewEvidence(), QString()); // renewed on time: nothing to say
        advanceClock(kPastOverdueS);
        QTRY_COMPARE_WITH_TIMEOUT(leasesViewEvidence(), u"not probed yet"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(graceViewEvidence(), u"not probed yet"_s, 10000);
        QVERIFY(!overviewMentions(u"look dead"_s));

        const std::optional<Lease> lease = shownLease(u"web-1:9999"_s);
        QVERIFY(lease);
        for (int probe = 0; probe < 3; ++probe) {
            if (probe > 0)
                advanceClock(60);
            QCOMPARE(recordProbe(*lease, ProbeOutcome::Refused, u"connection refused"_s),
                     LeaseEngine::ProbeRecord::Recorded);
        }
        const QString verdict = u"process gone: connection refused (3 in a row, over 2 m)"_s;
        QTRY_COMPARE_WITH_TIMEOUT(leasesViewEvidence(), verdict, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(graceViewEvidence(), verdict, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(overviewMentions(u"1 seat"_s), 10000);
        QVERIFY2(overviewMentions(u"4 core"_s), qPrintable(overviewAlerts().join(u" | "_s)));

        // Freeing it shows the evidence first; cancelled, nothing is freed.
        leasesPage()->view()->selectRow(0);
        m_prompts.textAnswer = u"its host was switched off"_s;
        m_prompts.confirmAnswer = false;
        leasesPage()->freeSelected();
        const QString question = m_prompts.asked.last();
        QVERIFY2(question.contains(u"Evidence: "_s + verdict), qPrintable(question));
        QCOMPARE(question.count(u"refused: connection refused"_s), 3);
        QVERIFY2(!question.contains(u"Warning"_s), qPrintable(question));
        QTest::qWait(500);
        QCOMPARE(leasesPage()->model().leaseCount(), 1);
    }

    // Freeing a component whose host does not answer, or whose port still
    // accepts connections, warns that it may still be running.
    void freeingAComponentThatMayBeAliveWarns() {
        advanceClock(kPastOverdueS);
        const std::optional<Lease> lease = shownLease(u"web-1:9999"_s);
        QVERIFY(lease);
        QCOMPARE(recordProbe(*lease, ProbeOutcome::Timeout, u"no answer in 2 s"_s),
                 LeaseEngine::ProbeRecord::Recorded);
        QTRY_VERIFY2_WITH_TIMEOUT(leasesViewEvidence().startsWith(u"cannot tell: host does not answer"_s),
                                  qPrintable(leasesViewEvidence()), 10000);
        leasesPage()->view()->selectRow(0);
        m_prompts.textAnswer = u"cleaning up"_s;
        m_prompts.confirmAnswer = false;
        leasesPage()->freeSelected();
        QVERIFY2(m_prompts.asked.last().contains(u"timed out: no answer in 2 s"_s),
                 qPrintable(m_prompts.asked.last()));
        QVERIFY(m_prompts.asked.last().contains(u"license may be exceeded"_s));

        advanceClock(60);
        QCOMPARE(recordProbe(*lease, ProbeOutcome::Open, u"connection accepted"_s),
                 LeaseEngine::ProbeRecord::Recorded);
        QTRY_VERIFY_WITH_TIMEOUT(leasesViewEvidence().startsWith(u"probably alive"_s), 10000);
        QVERIFY(graceViewEvidence().startsWith(u"probably alive"_s));
        QVERIFY(!overviewMentions(u"look dead"_s));
        m_prompts.confirmAnswer = true;
        leasesPage()->freeSelected();
        const QString question = m_prompts.asked.last();
        QVERIFY2(question.contains(u"Evidence: probably alive"_s), qPrintable(question));
        QVERIFY(question.contains(u"Warning: the component may still be running"_s));
        QTRY_COMPARE_WITH_TIMEOUT(leasesPage()->model().leaseCount(), 0, 10000);
    }

    // Under a reclaim policy the node ends the lease itself on a refusal;
    // the History view names the reason and keeps the evidence as its note.
    void aLeaseReclaimedAsDeadIsLabelledInTheHistory() {
        m_node->server->service().setReclaimPolicy({60, 0, 1});
        advanceClock(kPastOverdueS); // overdue for 150 s
        const std::optional<Lease> lease = shownLease(u"web-1:9999"_s);
        QVERIFY(lease);
        QCOMPARE(recordProbe(*lease, ProbeOutcome::Refused, u"connection refused"_s),
                 LeaseEngine::ProbeRecord::Reclaimed);
        QTRY_COMPARE_WITH_TIMEOUT(leasesPage()->model().leaseCount(), 0, 10000);

        auto* history = window()->findChild<HistoryPage*>();
        const auto reclaimedRow = [history] {
            const QList<HistoryEntry>& entries = history->model().entries();
            const auto it = std::find_if(entries.cbegin(), entries.cend(), [](const HistoryEntry& e) {
                return e.endReason == EndReason::ReclaimedDead;
            });
            return it == entries.cend() ? -1 : int(it - entries.cbegin());
        };
        QTRY_VERIFY_WITH_TIMEOUT((history->refresh(), reclaimedRow() >= 0), 10000);
        const int row = reclaimedRow();
        QCOMPARE(history->model().index(row, HistoryModel::Reason).data().toString(),
                 u"reclaimed (process gone)"_s);
        QCOMPARE(history->model().index(row, HistoryModel::Note).data().toString(),
                 u"process gone: connection refused (once), at web-1:9999"_s);
    }
};

QTEST_MAIN(TestConsoleEvidence)
#include "tst_consoleevidence.moc"
