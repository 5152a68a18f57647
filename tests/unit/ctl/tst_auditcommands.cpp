// `leasekeeper-ctl token new` and `audit` against a real in-process node: a
// token made by the command is accepted after a reload, and what its holder
// does shows in the audit the command prints.
#include "CtlCapture.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "ctl/AuditCommand.h"
#include "ctl/CtlExit.h"
#include "ctl/TokenCommand.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestAuditCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    CtlCapture m_ctl;
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server->port()); }
    QString path(const QString& name) const { return m_server->dir.filePath(name); }

    // `token new` for `name`, the token written to a file of its own.
    QString newToken(const QString& name, const QString& role) {
        const QString out = path(name + u".token"_s);
        const int code =
            m_ctl.run(&TokenCommand::run, {u"token"_s, u"new"_s, u"--tokens-file"_s, path(u"tokens"_s),
                                           u"--name"_s, name, u"--role"_s, role, u"--out"_s, out});
        if (code != CtlExit::Ok)
            qWarning("token new: %s", qPrintable(m_ctl.err));
        return out;
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>();
        m_server->config.tokensPath = path(u"tokens"_s);
        QVERIFY(writeTestFile(m_server->config.tokensPath, {}));
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void aNewViewerTokenReadsAfterAReloadAndCannotFree() {
        const QString tokenFile = newToken(u"victor"_s, u"viewer"_s);
        QVERIFY2(m_ctl.out.contains(u"added victor (viewer)"_s), qPrintable(m_ctl.out));
        QCOMPARE(QFile(m_server->config.tokensPath).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray token = file.readAll().trimmed();
        HttpTestClient client(m_server->port());
        client.setToken(token);
        QCOMPARE(client.get(u"/api/v1/leases"_s).status, 401); // not yet read
        m_server->server->reload(u"SIGHUP"_s);
        QCOMPARE(client.get(u"/api/v1/leases"_s).status, 200);
        QCOMPARE(client.post(u"/api/v1/leases/x/free"_s, QByteArray()).status, 403);
    }

    void aNameTakenOrAnUnknownRoleChangesNothing() {
        newToken(u"alice"_s, u"admin"_s);
        QFile tokens(m_server->config.tokensPath);
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        const QByteArray before = tokens.readAll();
        tokens.close();
        QCOMPARE(m_ctl.run(&TokenCommand::run, {u"token"_s, u"new"_s, u"--tokens-file"_s, path(u"tokens"_s),
                                                u"--name"_s, u"alice"_s, u"--role"_s, u"viewer"_s}),
                 int(CtlExit::Failure));
        QVERIFY2(m_ctl.err.contains(u"line 2: the token name 'alice' is used twice"_s),
                 qPrintable(m_ctl.err));
        QCOMPARE(m_ctl.run(&TokenCommand::run, {u"token"_s, u"new"_s, u"--tokens-file"_s, path(u"tokens"_s),
                                                u"--name"_s, u"bob"_s, u"--role"_s, u"root"_s}),
                 int(CtlExit::Usage));
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        QCOMPARE(tokens.readAll(), before);
    }

    void auditShowsWhoFreedALease() {
        const QString aliceToken = newToken(u"alice"_s, u"admin"_s);
        m_server->server->reload(u"SIGHUP"_s);
        HttpTestClient client(m_server->port());
        const auto granted = client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"web-1:9999"_s, 2));
        QCOMPARE(granted.status, 201);
        QFile file(aliceToken);
        QVERIFY(file.open(QIODevice::ReadOnly));
        client.setToken(file.readAll().trimmed());
        const QString id = granted.json.value(u"lease_id"_s).toString();
        QCOMPARE(client.post(u"/api/v1/leases/%1/free"_s.arg(id), QJsonObject{{u"reason"_s, u"host gone"_s}})
                     .status,
                 204);

        const QStringList base{u"audit"_s, u"--url"_s, url(), u"--token-file"_s, aliceToken};
        QCOMPARE(m_ctl.run(&AuditCommand::run, base + QStringList{u"--action"_s, u"lease.free"_s}),
                 int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.startsWith(u"Entries: 1\n"_s), qPrintable(m_ctl.out));
        QVERIFY2(m_ctl.out.contains(u"alice"_s) && m_ctl.out.contains(id + u" | host gone | 127.0.0.1"_s),
                 qPrintable(m_ctl.out));

        QCOMPARE(m_ctl.run(&AuditCommand::run, base + QStringList{u"--json"_s, u"--actor"_s, u"SIGHUP"_s}),
                 int(CtlExit::Ok));
        const QJsonArray entries =
            QJsonDocument::fromJson(m_ctl.out.toUtf8()).object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"action"_s).toString(), u"license.load"_s);

        QCOMPARE(m_ctl.run(&AuditCommand::run, base + QStringList{u"--action"_s, u"lease.steal"_s}),
                 int(CtlExit::Failure));
        QVERIFY2(m_ctl.err.contains(u"400"_s) &&
                     m_ctl.err.contains(u"'lease.steal' is not an audit action"_s),
                 qPrintable(m_ctl.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommands)
#include "tst_auditcommands.moc"
