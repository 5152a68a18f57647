// The log of a real leasekeeper-server process: with --log-format json every
// line is one JSON object (time, level, category, message and the event's
// fields), a lease cycle gives one line per event, renewals only with debug
// on; under systemd (JOURNAL_STREAM set) the plain lines carry a syslog
// priority instead of a timestamp.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestLicense.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestServerLogs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList serverArguments(const QString& name) const {
        return {u"--data-dir"_s,  m_dir.filePath(name),
                u"--license"_s,   m_dir.filePath(u"license.json"_s),
                u"--trust"_s,     m_dir.filePath(u"issuer.pub"_s),
                u"--bind"_s,      u"127.0.0.1"_s,
                u"--node-name"_s, u"logs-node"_s,
                u"--metrics"_s,   u"open"_s};
    }

    static QJsonObject identity(const QString& instance, int cores) {
        return {{u"component"_s, u"vdp"_s}, {u"instance"_s, instance}, {u"host"_s, u"h1"_s},
                {u"ips"_s, QJsonArray{}},   {u"cores"_s, cores},       {u"version"_s, u"1"_s}};
    }

    // Grant, renew, a denial, release, grant again and free: every kind of
    // event a live server produces without days passing.
    static void leaseCycle(quint16 port, QString* releasedId, QString* freedId) {
        HttpTestClient client(port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 5000);
        const HttpResult granted = client.post(u"/api/v1/leases"_s, identity(u"i-1"_s, 2));
        QCOMPARE(granted.status, 201);
        *releasedId = granted.json.value(u"lease_id"_s).toString();
        QCOMPARE(client.post(u"/api/v1/leases/%1/renew"_s.arg(*releasedId), QByteArray()).status, 200);
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity(u"i-2"_s, 999)).status, 403);
        QCOMPARE(client.del(u"/api/v1/leases/%1"_s.arg(*releasedId)).status, 204);
        const HttpResult second = client.post(u"/api/v1/leases"_s, identity(u"i-3"_s, 1));
        QCOMPARE(second.status, 201);
        *freedId = second.json.value(u"lease_id"_s).toString();
        client.setToken(QByteArray("obs-test-admin-token-0123456789"));
        QCOMPARE(client
                     .post(u"/api/v1/leases/%1/free"_s.arg(*freedId),
                           QJsonObject{{u"reason"_s, u"host \"db2\" retired"_s}})
                     .status,
                 204);
    }

    static QByteArray runAndStop(ServerProcess& server, const QStringList& arguments, QString* released,
                                 QString* freed) {
        const quint16 port = server.start(arguments);
        if (port == 0) {
            qWarning("server did not start: %s", server.log().constData());
            return {};
        }
        leaseCycle(port, released, freed);
        int exitCode = -1;
        if (!server.terminate(&exitCode) || exitCode != 0)
            qWarning("server did not stop cleanly: %d", exitCode);
        return server.log();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeSignedLicense(exampleTerms(), m_dir.filePath(u"issuer.pub"_s),
                                   m_dir.filePath(u"license.json"_s)));
        for (const QString& name : {u"json"_s, u"json-info"_s, u"journald"_s}) {
            QVERIFY(QDir().mkpath(m_dir.filePath(name)));
            QFile token(m_dir.filePath(name + u"/admin.token"_s));
            QVERIFY(token.open(QIODevice::WriteOnly));
            token.write("obs-test-admin-token-0123456789\n");
        }
    }

    void jsonIsOneObjectPerLineWithTheEventsFields() {
        qputenv("QT_LOGGING_RULES", "leasekeeper.*.debug=true");
        ServerProcess server;
        QString released, freed;
        const QByteArray log =
            runAndStop(server, serverArguments(u"json"_s) + QStringList{u"--log-format"_s, u"json"_s},
                       &released, &freed);
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY(!log.isEmpty());
        QVERIFY2(log.endsWith('\n'), log.constData());

        QMap<QString, QJsonObject> byEvent; // the last line of each lease event
        int lines = 0;
        for (const QByteArray& line : log.trimmed().split('\n')) {
            ++lines;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
            const QJsonObject json = document.object();
            const QDateTime time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
            QVERIFY2(time.isValid() && time.timeSpec() == Qt::UTC &&
                         json.value(u"time"_s).toString().endsWith(u'Z'),
                     line.constData());
            QVERIFY2(QRegularExpression(u"\\.\\d{3}Z$"_s).match(json.value(u"time"_s).toString()).hasMatch(),
                     line.constData());
            QVERIFY2(QStringList({u"debug"_s, u"info"_s, u"warning"_s, u"critical"_s, u"fatal"_s})
                         .contains(json.value(u"level"_s).toString()),
                     line.constData());
            QVERIFY2(!json.value(u"category"_s).toString().isEmpty(), line.constData());
            QVERIFY2(!json.value(u"message"_s).toString().isEmpty(), line.constData());
            if (json.contains(u"event"_s))
                byEvent.insert(json.value(u"event"_s).toString(), json);
        }
        QVERIFY2(lines >= 8, log.constData());

        const QJsonObject granted = byEvent.value(u"granted"_s);
        QCOMPARE(granted.value(u"category"_s).toString(), u"leasekeeper.lease"_s);
        QCOMPARE(granted.value(u"level"_s).toString(), u"info"_s);
        QCOMPARE(granted.value(u"component"_s).toString(), u"vdp"_s);
        QCOMPARE(granted.value(u"host"_s).toString(), u"h1"_s);
        QVERIFY(granted.value(u"message"_s).toString().contains(granted.value(u"lease_id"_s).toString()));

        const QJsonObject renewed = byEvent.value(u"renewed"_s);
        QCOMPARE(renewed.value(u"level"_s).toString(), u"debug"_s);
        QCOMPARE(renewed.value(u"lease_id"_s).toString(), released);
        QCOMPARE(renewed.value(u"instance"_s).toString(), u"i-1"_s);

        const QJsonObject denied = byEvent.value(u"denied"_s);
        QCOMPARE(denied.value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(denied.value(u"reason"_s).toString(), u"cores_per_instance"_s);
        QCOMPARE(denied.value(u"instance"_s).toString(), u"i-2"_s);
        QCOMPARE(denied.value(u"cores"_s).toInt(), 999);

        const QJsonObject releasedLine = byEvent.value(u"released"_s);
        QCOMPARE(releasedLine.value(u"lease_id"_s).toString(), released);
        QCOMPARE(releasedLine.value(u"reason"_s).toString(), u"released"_s);

        const QJsonObject freedLine = byEvent.value(u"freed"_s);
        QCOMPARE(freedLine.value(u"lease_id"_s).toString(), freed);
        QCOMPARE(freedLine.value(u"instance"_s).toString(), u"i-3"_s);
        QCOMPARE(freedLine.value(u"reason"_s).toString(), u"freed_by_admin"_s);
        QCOMPARE(freedLine.value(u"note"_s).toString(), u"host \"db2\" retired"_s);
    }

    void renewalsAreLoggedOnlyWithDebugOn() {
        qunsetenv("QT_LOGGING_RULES");
        ServerProcess server;
        QString released, freed;
        const QByteArray log =
            runAndStop(server, serverArguments(u"json-info"_s) + QStringList{u"--log-format"_s, u"json"_s},
                       &released, &freed);
        QVERIFY(!log.isEmpty());
        QVERIFY2(log.contains("\"event\":\"granted\""), log.constData());
        QVERIFY2(log.contains("\"event\":\"released\""), log.constData());
        QVERIFY2(!log.contains("\"event\":\"renewed\""), log.constData());
        QVERIFY2(!log.contains("\"level\":\"debug\""), log.constData());
    }

    void underSystemdPlainLinesCarryAPriorityAndNoTimestamp() {
        qputenv("JOURNAL_STREAM", "8:424242");
        ServerProcess server;
        QString released, freed;
        const QByteArray log = runAndStop(server, serverArguments(u"journald"_s), &released, &freed);
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(!log.isEmpty());
        static const QRegularExpression line(u"^<[2-7]>[a-z.]+: \\S"_s);
        for (const QByteArray& text : log.trimmed().split('\n'))
            QVERIFY2(line.match(QString::fromUtf8(text)).hasMatch(), text.constData());
        QVERIFY2(log.contains("<6>leasekeeper.lease: granted lease"), log.constData());
        QVERIFY2(log.contains("<4>leasekeeper.lease: denied a lease"), log.constData());
        QVERIFY2(log.contains("<6>leasekeeper.server: received SIGTERM, shutting down"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerLogs)
#include "tst_serverlogs.moc"
