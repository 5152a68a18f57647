// GET /metrics on a real in-process License Manager: what a Prometheus user
// reads after grants, renewals, releases, a restart, an administrator's
// free, denials, an overdue component and an expired lease (a manual clock
// moves days in a line); the --metrics option; an unhealthy store; and
// promtool's verdict on a real scrape.
#include "HttpTestClient.h"
#include "PromScrape.h"
#include "TestFiles.h"
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

using Labels = QList<std::pair<QByteArray, QString>>;

double valueOf(const PromScrape& scrape, const QByteArray& name, const Labels& labels = {}) {
    return scrape.value(name, labels).value_or(qQNaN());
}

// The samples of `expected` (lines as the exposition format writes them,
// "name{labels} value") that `scrape` lacks or holds with another value, one
// a line, compared as QCOMPARE compares doubles; empty when all match.
QString mismatches(const PromScrape& scrape, const QString& expected) {
    QStringList wrong;
    for (const QString& line : expected.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype space = line.lastIndexOf(u' ');
        const QByteArray sample = line.left(space).trimmed().toUtf8();
        const double value = line.mid(space + 1).toDouble();
        const double actual = scrape.samples.value(sample, qQNaN());
        if (actual != value && !qFuzzyCompare(actual, value))
            wrong << u"%1 is %2, expected %3"_s.arg(QString::fromUtf8(sample)).arg(actual).arg(value);
    }
    return wrong.join(u'\n');
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

        const PromScrape scrape = PromScrape::get(client);
        QCOMPARE(scrape.http.status, 200);
        QCOMPARE(scrape.http.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const Labels vdp{{"component", u"vdp"_s}};
        const QDateTime expires = QDateTime::fromString(terms.value(u"expires"_s).toString(), Qt::ISODate);
        const QString wrong = mismatches(scrape, uR"(
leasekeeper_lease_grants_total{component="vdp"} 3
leasekeeper_lease_grants_total{component="scheduler"} 1
leasekeeper_lease_renewals_total{component="vdp"} 2
leasekeeper_lease_releases_total{component="vdp"} 1
leasekeeper_lease_replacements_total{component="vdp"} 1
leasekeeper_lease_admin_frees_total{component="scheduler"} 1
leasekeeper_lease_admin_frees_total{component="vdp"} 0
leasekeeper_lease_expirations_total{component="vdp"} 0
leasekeeper_lease_denials_total{reason="type_not_licensed"} 1
leasekeeper_lease_denials_total{reason="instance_limit"} 1
leasekeeper_lease_denials_total{reason="core_limit"} 0
leasekeeper_leases_live{component="vdp"} 1
leasekeeper_leases_live{component="scheduler"} 0
leasekeeper_leases_overdue{component="vdp"} 0
leasekeeper_leases_dead{component="vdp"} 0
leasekeeper_cores_dead{component="vdp"} 0
leasekeeper_instances_used{component="vdp"} 1
leasekeeper_cores_used{component="vdp"} 4
leasekeeper_instances_allowed{component="vdp"} 2
leasekeeper_cores_allowed{component="vdp"} 24
leasekeeper_cores_allowed{component="scheduler"} 4
leasekeeper_license_expiry_timestamp_seconds %1
leasekeeper_license_loaded 1
leasekeeper_node_ready 1
leasekeeper_maintenance 0
leasekeeper_store_up 1
leasekeeper_store_queue_jobs 0
leasekeeper_node_info{node="node-a",role="standalone",store="sqlite"} 1
leasekeeper_build_info{version="%2"} 1
)"_s.arg(expires.toSecsSinceEpoch())
                                                     .arg(QStringLiteral(LEASEKEEPER_VERSION)));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        // SQLite has no clock of its own: no offset to report.
        QVERIFY(!scrape.value("leasekeeper_database_clock_offset_seconds"));
        // The grants, renewals and denials above were written in transactions.
        QVERIFY(valueOf(scrape, "leasekeeper_store_write_transactions_total", {}) >= 3);

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
        const QString overdue = mismatches(PromScrape::get(client), uR"(
leasekeeper_leases_overdue{component="vdp"} 1
leasekeeper_leases_live{component="vdp"} 1
)"_s);
        QVERIFY2(overdue.isEmpty(), qPrintable(overdue));
        // ...and ended once its grace ran out, by the once-a-second reclaim.
        server.clock.advanceSeconds(terms.value(u"grace_period_s"_s).toInt());
        QTRY_COMPARE(valueOf(PromScrape::get(client), "leasekeeper_lease_expirations_total", vdp), 1.0);
        const QString ended = mismatches(PromScrape::get(client), uR"(
leasekeeper_leases_live{component="vdp"} 0
leasekeeper_leases_overdue{component="vdp"} 0
leasekeeper_cores_used{component="vdp"} 0
)"_s);
        QVERIFY2(ended.isEmpty(), qPrintable(ended));

        // Maintenance takes the node out of service.
        QCOMPARE(client.post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, true}}).status, 200);
        const QString maintenance = mismatches(PromScrape::get(client), uR"(
leasekeeper_maintenance 1
leasekeeper_node_ready 0
)"_s);
        QVERIFY2(maintenance.isEmpty(), qPrintable(maintenance));
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
        const QString ini = dir.filePath(u"server.ini"_s);
        QVERIFY(writeTestFile(ini, "metrics=open\nlog-format=json\n"));
        auto fromIni = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini});
        QVERIFY2(fromIni.ok(), fromIni.ok() ? "" : qPrintable(fromIni.error().message));
        QCOMPARE(fromIni->metrics, ServerConfig::MetricsAccess::Open);
        QCOMPARE(fromIni->logFormat, LogFormat::Json);
        // The command line wins over the file.
        auto both = ServerConfig::fromArguments(
            {u"leasekeeper-server"_s, u"--config"_s, ini, u"--metrics"_s, u"off"_s});
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
