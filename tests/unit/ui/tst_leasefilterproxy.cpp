#include "ManualClock.h"
#include "models/LeaseFilterProxy.h"
#include "models/LeaseTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

Lease makeLease(const QString& id, const QString& type, const QString& host, int cores, qint64 nowMs) {
    Lease lease;
    lease.id = id;
    lease.holder.component = type;
    lease.holder.instance = host + u":9999"_s;
    lease.holder.host = host;
    lease.holder.ips = {u"10.1.0."_s + id};
    lease.holder.cores = cores;
    lease.node = u"lm-a"_s;
    lease.grantedMs = nowMs;
    lease.lastRenewalMs = nowMs;
    lease.graceDeadlineMs = nowMs + 432'000'000;
    return lease;
}

} // namespace

class tst_LeaseFilterProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchesInstanceHostIpNodeAndType_data();
    void searchesInstanceHostIpNodeAndType();
    void filtersByComponentType();
    void combinesTypeAndSearch();
    void sortsNumbersByValue();
    void sortsByTimeLeft();
    void keepsFilteringAcrossMerges();

private:
    QStringList hostsShown() const;

    ManualClock m_clock;
    LeaseTableModel* m_model = nullptr;
    LeaseFilterProxy* m_proxy = nullptr;
    QAbstractItemModelTester* m_sourceTester = nullptr;
    QAbstractItemModelTester* m_proxyTester = nullptr;
};

void tst_LeaseFilterProxy::init() {
    m_model = new LeaseTableModel(m_clock, this);
    m_proxy = new LeaseFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_sourceTester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester =
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    const qint64 now = m_clock.nowMs();
    LeaseSnapshot snapshot;
    snapshot.leases = {makeLease(u"1"_s, u"vdp"_s, u"render-01"_s, 16, now),
                       makeLease(u"2"_s, u"vdp"_s, u"render-02"_s, 2, now),
                       makeLease(u"3"_s, u"encoder"_s, u"Edge-Paris"_s, 8, now)};
    snapshot.leases[2].node = u"lm-b"_s;
    m_model->setSnapshot(snapshot, 0);
}

void tst_LeaseFilterProxy::cleanup() {
    delete m_proxyTester;
    delete m_sourceTester;
    delete m_proxy;
    delete m_model;
}

QStringList tst_LeaseFilterProxy::hostsShown() const {
    QStringList hosts;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        hosts.append(m_proxy->index(row, LeaseTableModel::HostColumn).data().toString());
    return hosts;
}

void tst_LeaseFilterProxy::searchesInstanceHostIpNodeAndType_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("empty") << QString() << QStringList{u"render-01"_s, u"render-02"_s, u"Edge-Paris"_s};
    QTest::newRow("host, any case") << u"RENDER"_s << QStringList{u"render-01"_s, u"render-02"_s};
    QTest::newRow("instance") << u"paris:9999"_s << QStringList{u"Edge-Paris"_s};
    QTest::newRow("ip") << u"10.1.0.2"_s << QStringList{u"render-02"_s};
    QTest::newRow("node") << u"lm-b"_s << QStringList{u"Edge-Paris"_s};
    QTest::newRow("type") << u"encod"_s << QStringList{u"Edge-Paris"_s};
    QTest::newRow("surrounding blanks") << u"  render-01 "_s << QStringList{u"render-01"_s};
    QTest::newRow("nothing") << u"mainframe"_s << QStringList{};
}

void tst_LeaseFilterProxy::searchesInstanceHostIpNodeAndType() {
    QFETCH(QString, search);
    m_proxy->setSearchText(search);
    QTEST(hostsShown(), "hosts");
    m_proxy->setSearchText({});
    QCOMPARE(m_proxy->rowCount(), 3);
}

void tst_LeaseFilterProxy::filtersByComponentType() {
    m_proxy->setComponentType(u"encoder"_s);
    QCOMPARE(hostsShown(), QStringList{u"Edge-Paris"_s});
    m_proxy->setComponentType(u"vdp"_s);
    QCOMPARE(hostsShown(), (QStringList{u"render-01"_s, u"render-02"_s}));
    m_proxy->setComponentType({});
    QCOMPARE(m_proxy->rowCount(), 3);
}

void tst_LeaseFilterProxy::combinesTypeAndSearch() {
    m_proxy->setComponentType(u"vdp"_s);
    m_proxy->setSearchText(u"02"_s);
    QCOMPARE(hostsShown(), QStringList{u"render-02"_s});
    m_proxy->setSearchText(u"paris"_s);
    QCOMPARE(hostsShown(), QStringList{});
}

// 2 < 8 < 16 by value; as text "16" would come before "2".
void tst_LeaseFilterProxy::sortsNumbersByValue() {
    m_proxy->sort(LeaseTableModel::CoresColumn, Qt::AscendingOrder);
    QCOMPARE(hostsShown(), (QStringList{u"render-02"_s, u"Edge-Paris"_s, u"render-01"_s}));
    m_proxy->sort(LeaseTableModel::CoresColumn, Qt::DescendingOrder);
    QCOMPARE(hostsShown(), (QStringList{u"render-01"_s, u"Edge-Paris"_s, u"render-02"_s}));
}

// "9 h 0 m" is less than "10 h 0 m" though it sorts after it as text.
void tst_LeaseFilterProxy::sortsByTimeLeft() {
    const qint64 now = m_clock.nowMs();
    LeaseSnapshot snapshot;
    snapshot.leases = {makeLease(u"1"_s, u"vdp"_s, u"ten"_s, 1, now),
                       makeLease(u"2"_s, u"vdp"_s, u"nine"_s, 1, now)};
    snapshot.leases[0].graceDeadlineMs = now + 10 * 3'600'000;
    snapshot.leases[1].graceDeadlineMs = now + 9 * 3'600'000;
    m_model->setSnapshot(snapshot, 0);
    m_proxy->sort(LeaseTableModel::TimeLeftColumn, Qt::AscendingOrder);
    QCOMPARE(hostsShown(), (QStringList{u"nine"_s, u"ten"_s}));
}

void tst_LeaseFilterProxy::keepsFilteringAcrossMerges() {
    m_proxy->setSearchText(u"render"_s);
    m_proxy->sort(LeaseTableModel::CoresColumn, Qt::AscendingOrder);
    const qint64 now = m_clock.nowMs();
    LeaseSnapshot snapshot;
    snapshot.leases = {makeLease(u"1"_s, u"vdp"_s, u"render-01"_s, 16, now),
                       makeLease(u"3"_s, u"encoder"_s, u"Edge-Paris"_s, 8, now),
                       makeLease(u"4"_s, u"vdp"_s, u"render-04"_s, 4, now)};
    m_model->setSnapshot(snapshot, 0);
    QCOMPARE(hostsShown(), (QStringList{u"render-04"_s, u"render-01"_s}));
}

QTEST_MAIN(tst_LeaseFilterProxy)
#include "tst_leasefilterproxy.moc"
