// docs/openapi.yaml describes every route a License Manager node serves, and
// only those: the routes come from the router of a real LicenseServer, the
// document's operations from tests/openapi/list_operations.py.
#include "TestServer.h"
#include "http/HttpRouter.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestOpenApiRoutes : public QObject {
    Q_OBJECT

    static QString sourcePath(const QString& relative) {
        return qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR") + u'/' + relative;
    }

    // "METHOD /path" for every operation of docs/openapi.yaml.
    static QSet<QString> describedOperations() {
        QProcess python;
        python.start(
            qEnvironmentVariable("LEASEKEEPER_PYTHON", u"/usr/bin/python3"_s),
            {u"-B"_s, sourcePath(u"tests/openapi/list_operations.py"_s), sourcePath(u"docs/openapi.yaml"_s)});
        if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit ||
            python.exitCode() != 0) {
            qWarning("list_operations.py failed: %s%s", python.readAllStandardError().constData(),
                     qPrintable(python.errorString()));
            return {};
        }
        QSet<QString> operations;
        for (const QByteArray& line : python.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                operations.insert(QString::fromUtf8(line.trimmed()));
        }
        return operations;
    }

    static QString listed(const QSet<QString>& operations) {
        QStringList sorted = operations.values();
        sorted.sort();
        return sorted.join(u", "_s);
    }

private Q_SLOTS:
    void theRouterListsItsRoutesAsTheyAreMatched() {
        HttpRouter router;
        router.add("GET", u"/api/v1/leases"_s, {});
        router.add("POST", u"/api/v1//leases/{id}/renew/"_s, {});
        const QList<HttpRouter::RouteInfo> routes = router.routes();
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes[0].method, QByteArray("GET"));
        QCOMPARE(routes[0].pattern, u"/api/v1/leases"_s);
        // Empty segments never matter when matching, so they are not listed.
        QCOMPARE(routes[1].method, QByteArray("POST"));
        QCOMPARE(routes[1].pattern, u"/api/v1/leases/{id}/renew"_s);
    }

    void everyRouteTheServerServesIsDescribedAndNothingElse() {
        test::TestServer node;
        QVERIFY(node.start());
        QSet<QString> served;
        for (const HttpRouter::RouteInfo& route : node.server->routes())
            served.insert(QString::fromLatin1(route.method) + u' ' + route.pattern);
        QVERIFY(!served.isEmpty());

        const QSet<QString> described = describedOperations();
        QVERIFY2(!described.isEmpty(), "docs/openapi.yaml lists no operation (or could not be read)");
        const QSet<QString> undescribed = served - described;
        const QSet<QString> unserved = described - served;
        QVERIFY2(undescribed.isEmpty(),
                 qPrintable(u"served but missing from docs/openapi.yaml: "_s + listed(undescribed)));
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(u"in docs/openapi.yaml but not served: "_s + listed(unserved)));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "tst_openapiroutes.moc"
