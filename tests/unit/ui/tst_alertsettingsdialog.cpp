// Settings > Alerts against real nodes: the console's own node, whose alert
// settings live in its data folder, and a colleague's viewer token on
// another node. Saving reaches the node's file, a refused field keeps the
// form, a test alert reaches a real webhook receiver, and an alert raised
// on the node becomes the console's notification.
#include "ConsoleTestDir.h"
#include "HttpTestClient.h"
#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "WebhookReceiver.h"
#include "alert/AlertService.h"
#include "console/AlertFeed.h"
#include "pages/AlertSettingsDialog.h"
#include "util/AdminTokenFile.h"
#include "widgets/AlertRulesTable.h"
#include "window/AlertNotifier.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestAlertSettingsDialog : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    SystemClock m_clock;
    ScriptedPrompts m_prompts;
    std::unique_ptr<ConsoleSession> m_session;

    AlertSettingsDialog* openDialog(ConsoleSession& session) {
        session.window()->findChild<QAction*>(u"alertSettingsAction"_s)->trigger();
        auto* dialog = session.window()->findChild<AlertSettingsDialog*>();
        if (!dialog)
            return nullptr;
        QSignalSpy loaded(dialog, &AlertSettingsDialog::loaded);
        if (!loaded.wait(5000) || !loaded.first().first().toBool())
            return nullptr;
        return dialog;
    }
    static QLineEdit* field(QWidget* dialog, const QString& name) {
        return dialog->findChild<QLineEdit*>(name);
    }
    static bool clickAndWait(AlertSettingsDialog* dialog, const QString& button, auto signal) {
        QSignalSpy done(dialog, signal);
        dialog->findChild<QPushButton*>(button)->click();
        return done.wait(15000);
    }
    // What the console's own node answers to GET `path`, asked with its admin token.
    HttpResult askLocalNode(const QString& path) {
        HttpTestClient client(m_session->localServer()->port());
        client.setToken(readAdminToken(m_session->localServer()->config().adminTokenPath).value());
        return client.get(path);
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir.isolate();
        m_session = std::make_unique<ConsoleSession>(m_dir.localOptions(u"console"_s), m_clock, m_prompts);
        QVERIFY(m_session->start());
        m_session->window()->show();
    }
    void cleanupTestCase() { m_session.reset(); }
    void cleanup() {
        for (auto* dialog : m_session->window()->findChildren<AlertSettingsDialog*>())
            delete dialog;
    }

    void theDialogShowsTheNodesSettings() {
        AlertSettingsDialog* dialog = openDialog(*m_session);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(field(dialog, u"webhookUrl"_s)->text(), QString());
        QCOMPARE(dialog->findChild<QSpinBox*>(u"webhookAttempts"_s)->value(), 5);
        auto* rules = dialog->findChild<AlertRulesTable*>();
        QCOMPARE(rules->rowCount(), kAlertKindCount);
        QCOMPARE(rules->item(0, AlertRulesTable::Watches)->text(), AlertRule::describe(AlertKind::NearLimit));
        QCOMPARE(rules->thresholdBox(0)->value(), 90);
        QCOMPARE(rules->thresholdBox(0)->suffix(), u" %"_s);
        QVERIFY(!rules->thresholdBox(1)); // a denial has no threshold
        QCOMPARE(rules->quietBox(0)->value(), 60);
        const QString file = m_session->localServer()->config().alertsPath;
        QCOMPARE(dialog->findChild<QLabel*>(u"alertFile"_s)->text(), u"Saved on the node in "_s + file);
        QVERIFY(dialog->findChild<QPushButton*>(u"alertSave"_s)->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(u"alertAccess"_s)->isHidden());
    }

    void savingWritesTheSettingsOnTheNode() {
        WebhookReceiver receiver;
        AlertSettingsDialog* dialog = openDialog(*m_session);
        QVERIFY(dialog);
        field(dialog, u"webhookUrl"_s)->setText(receiver.url());
        dialog->findChild<QSpinBox*>(u"webhookAttempts"_s)->setValue(3);
        auto* rules = dialog->findChild<AlertRulesTable*>();
        rules->thresholdBox(0)->setValue(80);
        rules->quietBox(1)->setValue(10);
        rules->item(1, AlertRulesTable::Mail)->setCheckState(Qt::Unchecked);
        QVERIFY(clickAndWait(dialog, u"alertSave"_s, &AlertSettingsDialog::saved));
        QVERIFY2(dialog->message().startsWith(u"Saved."_s), qPrintable(dialog->message()));

        const HttpResult shown = askLocalNode(u"/api/v1/alerts/settings"_s);
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json[u"webhook"_s][u"url"_s].toString(), receiver.url());
        QCOMPARE(shown.json[u"webhook"_s][u"attempts"_s].toInt(), 3);
        const AlertSettings& inForce = m_session->localServer()->alerts()->settings();
        QCOMPARE(inForce.rule(AlertKind::NearLimit).threshold, 80);
        QCOMPARE(inForce.rule(AlertKind::Denial).quietPeriodS, 600);
        QCOMPARE(inForce.rule(AlertKind::Denial).channels, (QStringList{u"webhook"_s, u"tray"_s}));
        QFile file(m_session->localServer()->config().alertsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains(receiver.url().toUtf8()), saved.constData());
        QVERIFY2(saved.contains("[near_limit]\nenabled = true\nthreshold = 80\n"), saved.constData());
    }

    void aBadRecipientIsExplainedAndTheFormKept() {
        AlertSettingsDialog* dialog = openDialog(*m_session);
        QVERIFY(dialog);
        field(dialog, u"mailHost"_s)->setText(u"smtp.example.com"_s);
        field(dialog, u"mailFrom"_s)->setText(u"leasekeeper@example.com"_s);
        field(dialog, u"mailTo"_s)->setText(u"ops@example.com, the ops team"_s);
        QSignalSpy saved(dialog, &AlertSettingsDialog::saved);
        dialog->findChild<QPushButton*>(u"alertSave"_s)->click();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY2(dialog->message().contains(
                     u"Not saved: the mail recipient \"the ops team\" is not an e-mail address"_s),
                 qPrintable(dialog->message()));
        QCOMPARE(field(dialog, u"mailTo"_s)->text(), u"ops@example.com, the ops team"_s);
        QCOMPARE(field(dialog, u"mailHost"_s)->text(), u"smtp.example.com"_s);
        QVERIFY(!m_session->localServer()->alerts()->settings().hasMail());
    }

    void aTestAlertReachesTheWebhook() {
        WebhookReceiver receiver;
        AlertSettingsDialog* dialog = openDialog(*m_session);
        QVERIFY(dialog);
        field(dialog, u"webhookUrl"_s)->setText(receiver.url());
        QVERIFY(clickAndWait(dialog, u"alertSave"_s, &AlertSettingsDialog::saved));
        QVERIFY(clickAndWait(dialog, u"alertTest"_s, &AlertSettingsDialog::testFinished));
        QVERIFY2(dialog->testOutcome() == u"webhook: delivered (HTTP 200)"_s,
                 qPrintable(dialog->testOutcome()));
        QCOMPARE(receiver.requests().size(), 1);
        const QJsonObject sent = QJsonDocument::fromJson(receiver.requests().first().body).object();
        QCOMPARE(sent[u"rule"_s].toString(), u"test"_s);
        QCOMPARE(sent[u"test"_s].toBool(), true);
        QVERIFY(dialog->findChild<QPushButton*>(u"alertTest"_s)->isEnabled());
    }

    void aWebhookThatRefusesIsNamed() {
        WebhookReceiver receiver(500);
        AlertSettingsDialog* dialog = openDialog(*m_session);
        QVERIFY(dialog);
        field(dialog, u"webhookUrl"_s)->setText(receiver.url());
        QVERIFY(clickAndWait(dialog, u"alertSave"_s, &AlertSettingsDialog::saved));
        QVERIFY(clickAndWait(dialog, u"alertTest"_s, &AlertSettingsDialog::testFinished));
        QCOMPARE(dialog->testOutcome(), u"webhook: not delivered: HTTP 500"_s);
    }

    void anAlertForTheConsoleIsNotified() {
        AlertFeed* feed = m_session->alertFeed();
        AlertDispatcher& dispatcher = m_session->localServer()->alerts()->dispatcher();
        // The test alerts above are the console's too: let the feed take them first.
        QTRY_VERIFY_WITH_TIMEOUT((feed->pollNow(), feed->lastSeq() == dispatcher.lastSeq()), 5000);
        AlertNotifier& notifier = m_session->window()->alertNotifier();
        QSignalSpy notified(&notifier, &AlertNotifier::notified);
        AlertMessage quiet = dispatcher.message(u"denial"_s, u"warning"_s);
        quiet.summary = u"Not for the console"_s;
        dispatcher.raise(quiet, {u"webhook"_s});
        AlertMessage message = dispatcher.message(u"near_limit"_s, u"critical"_s);
        message.summary = u"vdp at 95% of its instances"_s;
        message.detail = u"19 of 20 instances in use."_s;
        dispatcher.raise(message, {u"webhook"_s, u"tray"_s});
        feed->pollNow();
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), u"vdp at 95% of its instances"_s);
        QCOMPARE(notified.first().at(1).toString(), u"19 of 20 instances in use."_s);
        QCOMPARE(m_session->window()->statusBar()->currentMessage(), u"Alert: vdp at 95% of its instances"_s);
    }

    void aViewerSeesTheSettingsAndChangesNothing() {
        TestServer node;
        node.config.alertsPath = node.dir.filePath(u"alerts.ini"_s);
        node.config.tokensPath = node.dir.filePath(u"tokens"_s);
        QVERIFY(writeTestFile(node.config.tokensPath, "victor viewer victor-viewer-token-0123456789\n"));
        QVERIFY(node.start());
        ConsoleOptions options = ConsoleTestDir::remoteOptions(node);
        options.tokenFile = m_dir.filePath(u"victor.token"_s);
        QVERIFY(writeTestFile(options.tokenFile, "victor-viewer-token-0123456789\n"));
        ConsoleSession session(options, m_clock, m_prompts);
        QVERIFY(session.start());
        session.window()->show();
        QTRY_VERIFY_WITH_TIMEOUT(session.window()->isReadOnly(), 5000);

        AlertSettingsDialog* dialog = openDialog(session);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel*>(u"alertAccess"_s)->isHidden());
        QVERIFY(field(dialog, u"webhookUrl"_s)->isReadOnly());
        QVERIFY(field(dialog, u"mailTo"_s)->isReadOnly());
        QVERIFY(!dialog->findChild<QSpinBox*>(u"webhookAttempts"_s)->isEnabled());
        QVERIFY(!dialog->findChild<AlertRulesTable*>()->quietBox(0)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton*>(u"alertSave"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton*>(u"alertTest"_s)->isEnabled());

        // The node refuses a test alert from a viewer, whatever a console offers.
        std::optional<Result<wire::AlertsAnswer>> refused;
        session.monitor()->client().sendTestAlert(
            [&refused](const Result<wire::AlertsAnswer>& answer) { refused = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 5000);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().message.contains(u"HTTP 403"_s), qPrintable(refused->error().message));
        delete dialog;
    }
};

QTEST_MAIN(TestAlertSettingsDialog)
#include "tst_alertsettingsdialog.moc"
