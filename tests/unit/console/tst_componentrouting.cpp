// The live view of the HA wizard's components step: which components renew
// through the virtual host and which still reach a node directly.
#include "console/ComponentRouting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {
ServedRenewal renewal(const QString& instance, qint64 atMs, bool throughLb,
                      const QString& component = u"vdp"_s) {
    ServedRenewal r;
    r.instance = instance;
    r.host = instance.section(u':', 0, 0);
    r.component = component;
    r.atMs = atMs;
    r.throughLoadBalancer = throughLb;
    return r;
}
} // namespace

class TestComponentRouting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingSeenSaysHowToSeeSomething() {
        const ComponentRouting routing;
        QVERIFY(routing.routes().isEmpty());
        QVERIFY(routing.summary().contains(u"restart one"_s));
    }

    void theLatestRequestOfEachInstanceDecides() {
        ComponentRouting routing;
        routing.add(u"lm1"_s, {renewal(u"vdp1:9999"_s, 1000, false), renewal(u"vdp2:9999"_s, 1000, false)});
        QCOMPARE(routing.direct(), 2);
        routing.add(u"lm1"_s, {renewal(u"vdp1:9999"_s, 2000, true)});
        QCOMPARE(routing.direct(), 1);
        QCOMPARE(routing.throughLoadBalancer(), 1);
        const auto routes = routing.routes();
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes.first().host, u"vdp2"_s); // the one still to change comes first
        QCOMPARE(routes.last().seen, 2);
        QVERIFY2(routing.summary().contains(u"1 of 2"_s) && routing.summary().contains(u"vdp2 (vdp)"_s),
                 qPrintable(routing.summary()));
    }

    void allThroughTheVirtualHostIsSaidSo() {
        ComponentRouting routing;
        routing.add(u"lm2"_s, {renewal(u"a:1"_s, 5, true), renewal(u"b:1"_s, 6, true, u"scheduler"_s)});
        QCOMPARE(routing.direct(), 0);
        QVERIFY2(routing.summary().contains(u"All 2"_s), qPrintable(routing.summary()));
        QCOMPARE(routing.routes().first().node, u"lm2"_s);
    }

    void aLongListOfDirectHostsIsShortened() {
        ComponentRouting routing;
        QList<ServedRenewal> many;
        for (int i = 0; i < 8; ++i)
            many << renewal(u"h%1:1"_s.arg(i), i, false);
        routing.add(u"lm1"_s, many);
        const QString summary = routing.summary();
        QVERIFY2(summary.contains(u"and 3 more"_s), qPrintable(summary));
        QVERIFY(!summary.contains(u"h7"_s));
    }

    void aLateAnswerFromTheSameNodeDoesNotUndoANewerOne() {
        ComponentRouting routing;
        routing.add(u"lm1"_s, {renewal(u"a:1"_s, 2000, true)});
        routing.add(u"lm1"_s, {renewal(u"a:1"_s, 1000, false)});
        QCOMPARE(routing.throughLoadBalancer(), 1);
    }
};

QTEST_GUILESS_MAIN(TestComponentRouting)
#include "tst_componentrouting.moc"
