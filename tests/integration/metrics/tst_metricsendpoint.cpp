// GET /metrics on a real in-process License Manager: what a Prometheus user
// reads after grants, renewals, releases, a restart, an administrator's
// free, denials, an overdue component and an expired lease (a manual clock
// moves days in a line); the --metrics option; an unhealthy store; and
// promtool's verdict on a real scrape.
#include "HttpTestClient.h"
#include "PromScrape.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

QJsonObject identity(const QString& component, const QString& instance, int cores) {
    return {
        {u"component"_s, component}, {u"instance"_s, instance}, {u"host"_s, QString(u"host-"_s + instance)},
        {u"ips"_s, QJsonArray{}},    {u"cores"_s, cores},       {u"version"_s, u"9.1"_s}};
}

double valueOf(const PromScrape& scrape, const QByteArray& name,
               const QList<std::pair<QByteArray, QString>>& labels = {}) {
    return scrape.value(name, labels).value_or(qQNaN());
}

} // namespace

class TestMetricsEndpoint : public QObject {
    Q_OBJECT

    static std::unique_ptr<HttpTestClient> adminClient(TestServer& server) {
        auto client = std::make_unique<HttpTestClient>(server.port());
        client->setToken(TestServer::kAdminToken.toByteArray());
        return client;
    }

    static QString grant(HttpTestClient& client, const QString& component, const QString& instance,
                         int cores) {
        const HttpResult granted = client.post(u"/api/v1/leases"_s, identity(component, instance, cores));
        return granted.status == 201 ? granted.json.value(u"lease_id"_s).toString() : QString();
    }

private Q_SLOTS:
    void countsWhatHappensToLeases() {
        const QJsonObject terms = exampleTerms(); // vdp: 2 instances, 16 cores each, 24 in all
        TestServer server(terms);
        QVERIFY(server.start());
        const auto admin = adminClient(server);
        HttpTestClient& client = *admin;
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).status, 200);

        const QString first = grant(client, u"vdp"_s, u"i-1"_s, 4);
        const QString second = grant(client, u"vdp"_s, u"i-2"_s, 2);
        const QString scheduler = grant(client, u"scheduler"_s, u"s-1"_s, 4);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !scheduler.isEmpty());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.post(u"/api/v1/leases/%1/renew"_s.arg(first), QByteArray()).status, 200);
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity(u"etl"_s, u"e-1"_s, 1)).status, 403);
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity(u"vdp"_s, u"i-3"_s, 1)).status, 403);
        QCOMPARE(client.del(u"/api/v1/leases/%1"_s.arg(second)).status, 204);
        const QString restarted = grant(client, u"vdp"_s, u"i-1"_s, 4); // replaces `first`
        QVERIFY(!restarted.isEmpty());
        QCOMPARE(client.post(u"/api/v1/leases/%1/free"_s.arg(scheduler), QByteArray()).status, 204);

        PromScrape scrape = PromScrape::get(client);
        QCOMPARE(scrape.http.status, 200);
        QCOMPARE(scrape.http.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QList<std::pair<QByteArray, QString>> vdp{{"component", u"vdp"_s}};
        const QList<std::pair<QByteArray, QString>> sched{{"component", u"scheduler"_s}};
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_grants_total", vdp), 3.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_grants_total", sched), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_renewals_total", vdp), 2.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_releases_total", vdp), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_replacements_total", vdp), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_admin_frees_total", sched), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_admin_frees_total", vdp), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_expirations_total", vdp), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_denials_total", {{"reason", u"type_not_licensed"_s}}),
                 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_denials_total", {{"reason", u"instance_limit"_s}}), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_lease_denials_total", {{"reason", u"core_limit"_s}}), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_live", vdp), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_live", sched), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_overdue", vdp), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_instances_used", vdp), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_cores_used", vdp), 4.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_instances_allowed", vdp), 2.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_cores_allowed", vdp), 24.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_cores_allowed", sched), 4.0);
        const QDateTime expires = QDateTime::fromString(terms.value(u"expires"_s).toString(), Qt::ISODate);
        QCOMPARE(valueOf(scrape, "leasekeeper_license_expiry_timestamp_seconds"),
                 double(expires.toSecsSinceEpoch()));
        QCOMPARE(valueOf(scrape, "leasekeeper_license_loaded"), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_node_ready"), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_maintenance"), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_store_up"), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_store_queue_jobs"), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_node_info",
                         {{"node", u"node-a"_s}, {"role", u"standalone"_s}, {"store", u"sqlite"_s}}),
                 1.0);
        QCOMPARE(
            valueOf(scrape, "leasekeeper_build_info", {{"version", QStringLiteral(LEASEKEEPER_VERSION)}}),
            1.0);
        // SQLite has no clock of its own: no offset to report.
        QVERIFY(!scrape.value("leasekeeper_database_clock_offset_seconds"));

        // Request durations by route pattern, never by concrete path.
        const QList<std::pair<QByteArray, QString>> renewOk{
            {"method", u"POST"_s}, {"route", u"/api/v1/leases/{id}/renew"_s}, {"status_class", u"2xx"_s}};
        QCOMPARE(valueOf(scrape, "leasekeeper_http_request_duration_seconds_count", renewOk), 2.0);
        QVERIFY(valueOf(scrape, "leasekeeper_http_request_duration_seconds_sum", renewOk) > 0);
        QCOMPARE(valueOf(scrape, "leasekeeper_http_request_duration_seconds_count",
                         {{"method", u"POST"_s}, {"route", u"/api/v1/leases"_s}, {"status_class", u"4xx"_s}}),
                 2.0);
        QVERIFY2(!scrape.http.body.contains(first.toUtf8()), "a lease id became a label value");

        // The component stops renewing: overdue once it missed its renewals...
        server.clock.advanceSeconds(terms.value(u"renew_after_s"_s).toInt() * 2);
        scrape = PromScrape::get(client);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_overdue", vdp), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_live", vdp), 1.0);
        // ...and ended once its grace ran out, by the once-a-second reclaim.
        server.clock.advanceSeconds(terms.value(u"grace_period_s"_s).toInt());
        QTRY_COMPARE(valueOf(PromScrape::get(client), "leasekeeper_lease_expirations_total", vdp), 1.0);
        scrape = PromScrape::get(client);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_live", vdp), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_leases_overdue", vdp), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_cores_used", vdp), 0.0);

        // Maintenance takes the node out of service.
        QCOMPARE(client.post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, true}}).status, 200);
        scrape = PromScrape::get(client);
        QCOMPARE(valueOf(scrape, "leasekeeper_maintenance"), 1.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_node_ready"), 0.0);
    }

    void accessFollowsTheOption_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("withoutToken");
        QTest::addColumn<int>("wrongToken");
        QTest::addColumn<int>("adminToken");
        QTest::newRow("token (default)") << QString() << 401 << 401 << 200;
        QTest::newRow("token") << u"token"_s << 401 << 401 << 200;
        QTest::newRow("open") << u"open"_s << 200 << 200 << 200;
        QTest::newRow("off") << u"off"_s << 404 << 404 << 404;
    }

    void accessFollowsTheOption() {
        QFETCH(QString, option);
        QFETCH(int, withoutToken);
        QFETCH(int, wrongToken);
        QFETCH(int, adminToken);
        TestServer server;
        if (!option.isEmpty()) {
            auto parsed = ServerConfig::fromArguments(
                {u"leasekeeper-server"_s, u"--metrics"_s, option, u"--data-dir"_s, server.dir.path()});
            QVERIFY(parsed.ok());
            server.config.metrics = parsed->metrics;
        }
        QVERIFY(server.start());
        HttpTestClient client(server.port());
        const HttpResult anonymous = client.get(u"/metrics"_s);
        QCOMPARE(anonymous.status, withoutToken);
        if (withoutToken == 401) {
            QCOMPARE(anonymous.json.value(u"error"_s).toString(), u"unauthorized"_s);
            QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));
        }
        client.setToken("not-the-admin-token");
        QCOMPARE(client.get(u"/metrics"_s).status, wrongToken);
        client.setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult admin = client.get(u"/metrics"_s);
        QCOMPARE(admin.status, adminToken);
        QCOMPARE(admin.body.contains("leasekeeper_build_info"), adminToken == 200);
    }

    void badOptionValuesAreRefused() {
        auto parsed = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--metrics"_s, u"public"_s});
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, u"usage"_s);
        QVERIFY2(parsed.error().message.contains(u"off, open or token"_s),
                 qPrintable(parsed.error().message));
        QTemporaryDir dir;
        QFile ini(dir.filePath(u"server.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("metrics=open\nlog-format=json\n");
        ini.close();
        auto fromIni = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini.fileName()});
        QVERIFY2(fromIni.ok(), fromIni.ok() ? "" : qPrintable(fromIni.error().message));
        QCOMPARE(fromIni->metrics, ServerConfig::MetricsAccess::Open);
        QCOMPARE(fromIni->logFormat, LogFormat::Json);
        // The command line wins over the file.
        auto both = ServerConfig::fromArguments(
            {u"leasekeeper-server"_s, u"--config"_s, ini.fileName(), u"--metrics"_s, u"off"_s});
        QVERIFY(both.ok());
        QCOMPARE(both->metrics, ServerConfig::MetricsAccess::Off);
    }

    void anUnhealthyStoreIsReportedWithoutUsage() {
        TestServer server;
        // A file where the database's directory should be: it cannot be opened.
        QFile blocker(server.dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        server.config.sqlitePath = server.dir.filePath(u"blocker/leases.db"_s);
        QVERIFY(server.start());
        const auto admin = adminClient(server);
        HttpTestClient& client = *admin;
        // The store thread tries to open it, fails, and says so.
        QTRY_VERIFY(!server.server->service().storeHealth().detail.contains(u"not been opened"_s));
        const PromScrape scrape = PromScrape::get(client);
        QCOMPARE(scrape.http.status, 200);
        QCOMPARE(valueOf(scrape, "leasekeeper_store_up"), 0.0);
        QCOMPARE(valueOf(scrape, "leasekeeper_node_ready"), 0.0);
        // What needs the database is left out; what the license says is not.
        QVERIFY(!scrape.value("leasekeeper_leases_live", {{"component", u"vdp"_s}}));
        QVERIFY(!scrape.value("leasekeeper_cores_used", {{"component", u"vdp"_s}}));
        QCOMPARE(valueOf(scrape, "leasekeeper_cores_allowed", {{"component", u"vdp"_s}}), 24.0);
    }

    void promtoolAcceptsARealScrape() {
        TestServer server;
        QVERIFY(server.start());
        const auto admin = adminClient(server);
        HttpTestClient& client = *admin;
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).status, 200);
        const QString id = grant(client, u"vdp"_s, u"i-1"_s, 2);
        QVERIFY(!id.isEmpty());
        QCOMPARE(client.post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 200);
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity(u"vdp"_s, u"i-2"_s, 99)).status, 403);
        QCOMPARE(client.get(u"/no/such/path"_s).status, 404);
        const PromScrape scrape = PromScrape::get(client);
        QCOMPARE(scrape.http.status, 200);

        QProcess promtool;
        promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
        QVERIFY2(promtool.waitForStarted(),
                 "promtool is missing: apt-get install prometheus (scripts/install-deps.sh)");
        promtool.write(scrape.http.body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30000));
        const QByteArray said = promtool.readAllStandardOutput() + promtool.readAllStandardError();
        QVERIFY2(promtool.exitStatus() == QProcess::NormalExit && promtool.exitCode() == 0, said.constData());
        QVERIFY2(said.trimmed().isEmpty(), said.constData()); // no lint complaint either
    }
};

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "tst_metricsendpoint.moc"
