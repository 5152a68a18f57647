// The console's "Check a license against past usage..." against a real node
// holding a month of leases, with a colleague's viewer token: the dialog
// names the starts a smaller offer would have refused, exports them, and
// says plainly why a tampered offer cannot be checked.
#include "ConsoleTestDir.h"
#include "MonthOfLeases.h"
#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"
#include "pages/LicenseFitDialog.h"
#include "pages/LicensePage.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLicenseFitDialog : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    SystemClock m_clock;
    ScriptedPrompts m_prompts;
    std::unique_ptr<TestServer> m_node;
    IssuerKeyPair m_issuer = IssuerKeyPair::generate().value();
    MonthOfLeases m_month;
    std::unique_ptr<ConsoleSession> m_session;

    QString offerFile(const QString& name, int maxVdpInstances) {
        QJsonObject terms = MonthOfLeases::serverTerms();
        terms.insert(u"license_id"_s, name);
        terms.insert(u"components"_s,
                     componentsJson({{u"vdp"_s, {maxVdpInstances, 16, 200}}, {u"scheduler"_s, {1, 4, 4}}}));
        const QString path = m_dir.filePath(name + u".json"_s);
        if (!writeTestFile(path, LicenseIssuer::issue(terms, m_issuer).value().toFileBytes()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    LicenseFitDialog* openAndWait(const QString& path) {
        auto* page = m_session->window()->findChild<LicensePage*>();
        m_prompts.filesToOpen.push_back(path);
        page->findChild<QPushButton*>(u"checkLicenseFit"_s)->click();
        auto* dialog = page->findChild<LicenseFitDialog*>();
        if (dialog && dialog->isChecking())
            QSignalSpy(dialog, &LicenseFitDialog::checked).wait(10000);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir.isolate();
        m_node = std::make_unique<TestServer>(MonthOfLeases::serverTerms());
        QVERIFY(m_issuer.savePublic(m_node->config.trustPaths.first()));
        QVERIFY(writeTestFile(
            m_node->config.licensePath,
            LicenseIssuer::issue(MonthOfLeases::serverTerms(), m_issuer).value().toFileBytes()));
        m_node->config.tokensPath = m_node->dir.filePath(u"tokens"_s);
        QVERIFY(writeTestFile(m_node->config.tokensPath, "victor viewer victor-viewer-token-0123456789\n"));
        QVERIFY(m_node->start());
        HttpTestClient client(m_node->port());
        QVERIFY(client.waitUntilReady());
        QVERIFY(m_month.generate(*m_node, client));

        ConsoleOptions options = ConsoleTestDir::remoteOptions(*m_node);
        options.tokenFile = m_dir.filePath(u"victor.token"_s);
        QVERIFY(writeTestFile(options.tokenFile, "victor-viewer-token-0123456789\n"));
        m_session = std::make_unique<ConsoleSession>(options, m_clock, m_prompts);
        QVERIFY(m_session->start());
        m_session->window()->show();
    }
    void cleanupTestCase() {
        m_session.reset();
        m_node.reset();
    }
    void cleanup() {
        for (auto* dialog : m_session->window()->findChildren<LicenseFitDialog*>())
            delete dialog;
    }

    void aSmallerOfferShowsEveryStartItWouldHaveRefused() {
        LicenseFitDialog* dialog = openAndWait(offerFile(u"tier-7"_s, 7));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->summary().contains(u"License tier-7 for ACME Corp would have refused 5 start"_s),
                 qPrintable(dialog->summary()));
        auto* refusals = dialog->findChild<QTableWidget*>(u"fitRefusals"_s);
        QCOMPARE(refusals->rowCount(), 5);
        for (int row = 0; row < 5; ++row) {
            const int day = 5 + 6 * row; // the days with 8 instances
            QCOMPARE(refusals->item(row, 2)->text(), MonthOfLeases::vdpInstance(day, 7));
            QCOMPARE(refusals->item(row, 3)->text(), MonthOfLeases::vdpHost(day, 7));
            QVERIFY(refusals->item(row, 5)->text().contains(u"tier-7 allows 7 instances of vdp"_s));
        }
        auto* types = dialog->findChild<QTableWidget*>(u"fitTypes"_s);
        QCOMPARE(types->rowCount(), 2);
        QCOMPARE(types->item(1, 0)->text(), u"vdp"_s);
        QCOMPARE(types->item(1, 2)->text(), u"8 / 64"_s);
        QCOMPARE(types->item(1, 3)->text(), u"-1 / 136"_s);

        const QString csv = m_dir.filePath(u"refusals.csv"_s);
        m_prompts.fileToSave = csv;
        dialog->findChild<QPushButton*>(u"fitExport"_s)->click();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.at(1).contains("vdp-5-7:9999"));
    }

    void fewerDaysAskAgain() {
        LicenseFitDialog* dialog = openAndWait(offerFile(u"tier-6"_s, 6));
        QVERIFY(dialog);
        dialog->findChild<QSpinBox*>(u"fitDays"_s)->setValue(12);
        QSignalSpy checked(dialog, &LicenseFitDialog::checked);
        dialog->findChild<QPushButton*>(u"fitCheck"_s)->click();
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog->findChild<QTableWidget*>(u"fitRefusals"_s)->rowCount(), 6);
        QVERIFY2(dialog->summary().contains(u"in the last 12 days"_s), qPrintable(dialog->summary()));
    }

    void anOfferThatHoldsSaysSo() {
        LicenseFitDialog* dialog = openAndWait(offerFile(u"tier-8"_s, 8));
        QVERIFY(dialog);
        QVERIFY2(dialog->summary().contains(u"License tier-8 for ACME Corp would have held"_s),
                 qPrintable(dialog->summary()));
        QCOMPARE(dialog->findChild<QTableWidget*>(u"fitRefusals"_s)->rowCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton*>(u"fitExport"_s)->isEnabled());
    }

    void aTamperedOfferIsExplainedNotChecked() {
        const QString path = offerFile(u"tier-9"_s, 9);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(writeTestFile(path, bytes.replace("tier-9", "tier-X")));
        LicenseFitDialog* dialog = openAndWait(path);
        QVERIFY(dialog);
        QVERIFY2(dialog->summary().contains(u"the license sent cannot be used"_s),
                 qPrintable(dialog->summary()));
        QCOMPARE(dialog->findChild<QTableWidget*>(u"fitRefusals"_s)->rowCount(), 0);
    }

    void aFileThatCannotBeReadOpensNoDialog() {
        auto* page = m_session->window()->findChild<LicensePage*>();
        QVERIFY(!page->checkFitOfFile(m_dir.filePath(u"missing.json"_s)));
        QVERIFY2(page->feedback().contains(u"missing.json"_s), qPrintable(page->feedback()));
    }
};

QTEST_MAIN(TestLicenseFitDialog)
#include "tst_licensefitdialog.moc"
