// The License page of a console watching a node with a host group policy:
// each group's live use shows against its reserve and cap, and follows an
// edit of the policy file.
#include "ConsoleTestDir.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "pages/LicensePage.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestHostGroupsView : public QObject {
    Q_OBJECT

    ConsoleTestDir m_dir;
    SystemClock m_clock;
    ScriptedPrompts m_prompts;

    static QString cell(QTableWidget* table, int row, int column) {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { m_dir.isolate(); }

    void eachGroupShowsItsUseAgainstReserveAndCap() {
        TestServer node;
        node.config.policyPath = node.dir.filePath(u"policy"_s);
        QVERIFY(writeTestFile(node.config.policyPath,
                              "group production prod-*\nreserve production vdp instances 1 cores 8\n"));
        QVERIFY(node.start());
        HttpTestClient client(node.port());
        QVERIFY(client.waitUntilReady());
        QCOMPARE(
            client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"p:1"_s, 4, u"1"_s, u"prod-1"_s)).status,
            201);
        ConsoleSession session(ConsoleTestDir::remoteOptions(node), m_clock, m_prompts);
        QVERIFY(session.start());
        auto* page = session.window()->findChild<LicensePage*>();
        page->refreshGroups();
        QTableWidget* table = page->groupsTable();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 5000);
        QVERIFY(!table->isHidden());
        QCOMPARE(cell(table, 0, 0), u"production"_s);
        QCOMPARE(cell(table, 0, 2), u"1 / 4"_s);
        QCOMPARE(cell(table, 0, 3),
                 u"1 instance(s), 8 core(s)"_s); // the English plural forms come from the .qm
        QCOMPARE(cell(table, 1, 0), u"(other hosts)"_s);

        QVERIFY(writeTestFile(node.config.policyPath,
                              "group production prod-*\ncap production vdp instances 3\n"));
        QTRY_VERIFY_WITH_TIMEOUT((page->refreshGroups(), cell(table, 0, 4) == u"3 instance(s)"_s), 5000);
        QCOMPARE(cell(table, 0, 3), QString());
    }
};

QTEST_MAIN(TestHostGroupsView)
#include "tst_hostgroupsview.moc"
