// docs/monitoring holds what administrators load into Grafana and
// Prometheus. Against a real node of an HA pair (PostgreSQL, so that every
// metric is there, the database clock offset included) this checks that
// the dashboard is valid JSON whose queries are valid PromQL, and that every
// metric name the dashboard and the alert rules use is one the node exposes.
#include "HttpTestClient.h"
#include "PgTestNode.h"
#include "PromScrape.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

QByteArray readSource(const QString& path) {
    QFile file(qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR") + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSet<QByteArray> metricNamesIn(const QString& text) {
    static const QRegularExpression name(u"\\bleasekeeper_[a-z0-9_]+"_s);
    QSet<QByteArray> names;
    for (auto it = name.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured().toUtf8());
    return names;
}

// Every "expr" of the dashboard's targets and every templating query.
void collectQueries(const QJsonValue& value, QStringList* queries) {
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectQueries(item, queries);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() == u"expr"_s || it.key() == u"query"_s) && it.value().isString())
                queries->append(it.value().toString());
            else
                collectQueries(it.value(), queries);
        }
    }
}

} // namespace

class TestMonitoringDocs : public QObject {
    Q_OBJECT

    PgTestDatabase m_db;
    std::unique_ptr<TestServer> m_node;
    QSet<QByteArray> m_exposed;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error));
        m_node = pgTestNode(m_db, u"lm-primary"_s, u"primary"_s);
        QVERIFY(m_node->start());
        HttpTestClient client(m_node->port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).status, 200);
        // Requests, so that the duration histogram has series.
        const QJsonObject identity{
            {u"component"_s, u"vdp"_s}, {u"instance"_s, u"i-1"_s}, {u"host"_s, u"h"_s},
            {u"ips"_s, QJsonArray{}},   {u"cores"_s, 2},           {u"version"_s, u"1"_s}};
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity).status, 201);
        // The offset appears once the store thread has pinged the database.
        QTRY_VERIFY(PromScrape::get(client).value("leasekeeper_database_clock_offset_seconds").has_value());
        const PromScrape scrape = PromScrape::get(client);
        QCOMPARE(scrape.http.status, 200);
        m_exposed = scrape.names();
        QVERIFY(m_exposed.contains("leasekeeper_http_request_duration_seconds_bucket"));
    }

    void cleanupTestCase() { m_node.reset(); }

    void theDashboardIsValidAndUsesOnlyExposedMetrics() {
        const QByteArray text = readSource(u"docs/monitoring/grafana-dashboard.json"_s);
        QVERIFY2(!text.isEmpty(),
                 "docs/monitoring/grafana-dashboard.json is missing (LEASEKEEPER_SOURCE_DIR?)");
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject dashboard = document.object();
        QVERIFY(!dashboard.value(u"title"_s).toString().isEmpty());
        QVERIFY(!dashboard.value(u"uid"_s).toString().isEmpty());
        const QJsonArray panels = dashboard.value(u"panels"_s).toArray();
        QVERIFY(panels.size() >= 10);
        for (const QJsonValue& panel : panels) {
            if (panel[u"type"_s].toString() == u"row"_s)
                continue;
            QVERIFY2(!panel[u"targets"_s].toArray().isEmpty(), qPrintable(panel[u"title"_s].toString()));
        }
        QStringList queries;
        collectQueries(dashboard, &queries);
        QVERIFY(queries.size() >= 20);
        QSet<QByteArray> used;
        for (const QString& query : std::as_const(queries))
            used += metricNamesIn(query);
        for (const QByteArray& name : std::as_const(used))
            QVERIFY2(m_exposed.contains(name), name.constData());
        // What the dashboard is for: usage, grants and denials, latency, store, clock, expiry.
        for (const char* needed :
             {"leasekeeper_cores_used", "leasekeeper_cores_allowed", "leasekeeper_lease_grants_total",
              "leasekeeper_lease_denials_total", "leasekeeper_http_request_duration_seconds_bucket",
              "leasekeeper_store_up", "leasekeeper_database_clock_offset_seconds",
              "leasekeeper_license_expiry_timestamp_seconds"})
            QVERIFY2(used.contains(needed), needed);
    }

    void theDashboardsQueriesAreValidPromQl() {
        QStringList queries;
        collectQueries(
            QJsonDocument::fromJson(readSource(u"docs/monitoring/grafana-dashboard.json"_s)).object(),
            &queries);
        // promtool parses rule expressions: each query becomes a recording
        // rule, with Grafana's variables as Grafana would fill them in.
        QByteArray rules = "groups:\n  - name: dashboard\n    rules:\n";
        int n = 0;
        for (QString query : std::as_const(queries)) {
            if (query.startsWith(u"label_values("_s))
                continue; // a Grafana function, not PromQL
            query.replace(u"$__rate_interval"_s, u"5m"_s).replace(u"$job"_s, u"leasekeeper"_s);
            QVERIFY2(!query.contains(u'$'), qPrintable(query));
            rules += "      - record: dashboard:query" + QByteArray::number(++n) + "\n        expr: '" +
                     query.toUtf8().replace('\'', "''") + "'\n";
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(u"dashboard-rules.yml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rules);
        file.close();
        QProcess promtool;
        promtool.start(u"promtool"_s, {u"check"_s, u"rules"_s, file.fileName()});
        QVERIFY2(promtool.waitForStarted(),
                 "promtool is missing: apt-get install prometheus (scripts/install-deps.sh)");
        QVERIFY(promtool.waitForFinished(30000));
        const QByteArray said = promtool.readAllStandardOutput() + promtool.readAllStandardError();
        QVERIFY2(promtool.exitCode() == 0, said.constData());
        QVERIFY2(said.contains(QByteArray(QByteArray::number(n) + " rules found")), said.constData());
    }

    void theAlertRulesUseOnlyExposedMetrics() {
        const QByteArray text = readSource(u"docs/monitoring/alerts.yml"_s);
        QVERIFY2(!text.isEmpty(), "docs/monitoring/alerts.yml is missing");
        const QSet<QByteArray> used = metricNamesIn(QString::fromUtf8(text));
        QVERIFY(used.size() >= 8);
        for (const QByteArray& name : used)
            QVERIFY2(m_exposed.contains(name), name.constData());
    }
};

QTEST_GUILESS_MAIN(TestMonitoringDocs)
#include "tst_monitoringdocs.moc"
