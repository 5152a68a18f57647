// leasekeeper-server as a real process: killed with SIGKILL it loses no
// acknowledged grant; SIGTERM stops it cleanly; bad options are explained.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestFiles.h"
#include "TestLicense.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestServerProcess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_token = "process-admin-token-0123456789";

    QStringList serverArguments() const { return ServerProcess::nodeArguments(m_dir.path(), u"proc-node"_s); }

    QStringList activeLeaseIds(quint16 port) {
        HttpTestClient client(port);
        client.setToken(m_token);
        QStringList ids;
        for (const QJsonValue& lease : client.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray())
            ids << lease.toObject().value(u"lease_id"_s).toString();
        ids.sort();
        return ids;
    }

    static QString integrityCheck(const QString& path) {
        QString verdict;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(u"PRAGMA integrity_check"_s) && query.next())
                verdict = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"integrity"_s);
        return verdict;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeServerFiles(m_dir.path(), exampleTermsWithVdp(16), m_token));
    }

    void sigkillLosesNoAcknowledgedGrant() {
        ServerProcess server;
        quint16 port = server.start(serverArguments());
        QVERIFY2(port != 0, server.log().constData());
        HttpTestClient client(port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 5000);

        QStringList acknowledged;
        for (int i = 0; i < 40; ++i) {
            const HttpResult grant =
                client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"crash-%1"_s.arg(i), 2));
            QCOMPARE(grant.status, 201);
            acknowledged << grant.json.value(u"lease_id"_s).toString();
        }
        acknowledged.sort();
        server.kill();

        ServerProcess restarted;
        port = restarted.start(serverArguments());
        QVERIFY2(port != 0, restarted.log().constData());
        QCOMPARE(activeLeaseIds(port), acknowledged);
        int exitCode = -1;
        QVERIFY(restarted.terminate(&exitCode));
        QCOMPARE(integrityCheck(m_dir.filePath(u"leasekeeper.db"_s)), u"ok"_s);
    }

    void sigtermStopsCleanly() {
        ServerProcess server;
        QVERIFY(server.start(serverArguments()) != 0);
        int exitCode = -1;
        QVERIFY(server.terminate(&exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY(server.log().contains("shutting down"));
    }

    void optionsAreValidated_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"--admin-token-file"_s;
        QTest::newRow("bad port") << QStringList{u"--port"_s, u"http"_s} << 2 << u"port 'http'"_s;
        QTest::newRow("bad bind") << QStringList{u"--bind"_s, u"nowhere"_s} << 2 << u"nowhere"_s;
        QTest::newRow("bad db") << QStringList{u"--db"_s, u"mysql://x"_s} << 2 << u"sqlite:PATH"_s;
        QTest::newRow("unknown option") << QStringList{u"--colour"_s} << 2 << u"colour"_s;
        QTest::newRow("missing config")
            << QStringList{u"--config"_s, u"/nonexistent.ini"_s} << 2 << u"/nonexistent.ini"_s;
    }

    void optionsAreValidated() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(ServerProcess::binary(u"leasekeeper-server"_s), arguments);
        QVERIFY(process.waitForFinished(10000));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(output.contains(mentions), qPrintable(output));
    }

#ifdef Q_OS_UNIX
    // SIGHUP re-reads the host group policy and the alert settings of a real
    // process (as well as its license and tokens), each on record in the audit
    // trail with the signal as its actor; a refusal by the policy is an alert.
    void sighupReReadsThePolicyAndTheAlertSettings() {
        const QString policy = m_dir.filePath(u"policy"_s);
        const QString alerts = m_dir.filePath(u"alerts.ini"_s);
        QVERIFY(writeTestFile(policy, "group prod prod-*\ncap prod vdp instances 1\n"));
        QVERIFY(writeTestFile(alerts, "[denial]\nquiet-period-s = 0\nchannels = tray\n"));
        ServerProcess server;
        const quint16 port =
            server.start(serverArguments() + QStringList{u"--policy"_s, policy, u"--alerts"_s, alerts});
        QVERIFY2(port != 0, server.log().constData());
        HttpTestClient client(port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 5000);
        QCOMPARE(
            client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"prod-1:1"_s, 2, u"1"_s, u"prod-1"_s))
                .status,
            201);
        QCOMPARE(
            client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"prod-2:1"_s, 2, u"1"_s, u"prod-2"_s))
                .json.value(u"error"_s)
                .toString(),
            u"group_cap"_s);

        QCOMPARE(::kill(pid_t(server.pid()), SIGHUP), 0);
        client.setToken(m_token);
        const auto auditOf = [&client](const QString& action) {
            return client.get(u"/api/v1/audit?action="_s + action).json.value(u"entries"_s).toArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !auditOf(u"policy.load"_s).isEmpty() && !auditOf(u"alerts.change"_s).isEmpty(), 5000);
        for (const QString& action : {u"policy.load"_s, u"alerts.change"_s}) {
            const QJsonObject entry = auditOf(action).at(0).toObject();
            QCOMPARE(entry.value(u"actor"_s).toString(), u"SIGHUP"_s);
            QCOMPARE(entry.value(u"outcome"_s).toString(), u"ok"_s);
        }
        const QJsonArray raised = client.get(u"/api/v1/alerts"_s).json.value(u"alerts"_s).toArray();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).toObject().value(u"rule"_s).toString(), u"denial"_s);
        QVERIFY2(raised.at(0).toObject().value(u"detail"_s).toString().contains(u"group prod"_s),
                 qPrintable(raised.at(0).toObject().value(u"detail"_s).toString()));
        QVERIFY(server.log().contains("leasekeeper.alert: alert denial"));
    }
#endif

    void configFileIsRead() {
        const QString ini = m_dir.filePath(u"server.ini"_s);
        QVERIFY(writeTestFile(ini, "node-name=from-config\nbind=127.0.0.1\n"));
        ServerProcess server;
        QStringList arguments = serverArguments();
        arguments.removeAt(arguments.indexOf(u"--node-name"_s) + 1);
        arguments.removeAll(u"--node-name"_s);
        const quint16 port = server.start(arguments + QStringList{u"--config"_s, ini});
        QVERIFY(port != 0);
        HttpTestClient client(port);
        QCOMPARE(client.get(u"/pingLicenseManager"_s).header("X-License-Manager-Node"),
                 QByteArray("from-config"));
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
