// Host groups, reserves and caps as pure rules: parsing the policy file, who
// belongs where, and which grants a reserve or a cap refuses, naming the group.
#include "lease/GroupPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

const QByteArray kPolicy = R"(
# Production hosts by name and by address; test hosts by name.
group production  prod-*  db01.example.com 10.1.0.0/16
group test        test-?? 192.168.50.7
reserve production vdp instances 3 cores 24
cap     test       vdp instances 2 cores 12   # at most two test servers
)";

const ComponentAllowance kVdp{6, 8, 48};

LeaseRequest holder(const QString& host, int cores = 4, const QStringList& ips = {}) {
    LeaseRequest request;
    request.component = u"vdp"_s;
    request.instance = host + u":9999"_s;
    request.host = host;
    request.ips = ips;
    request.cores = cores;
    return request;
}

QList<Lease> running(const QList<LeaseRequest>& holders) {
    QList<Lease> leases;
    for (const LeaseRequest& request : holders)
        leases.append(Lease{request.instance, request, u"n"_s, 0, 0, 1});
    return leases;
}

GroupPolicy policy() {
    auto parsed = GroupPolicy::parse(kPolicy);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return parsed.value();
}

} // namespace

class TestGroupPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostsBelongToTheFirstGroupNamingThem() {
        const GroupPolicy groups = policy();
        QCOMPARE(groups.groupOf(holder(u"PROD-web-1"_s)), u"production"_s); // any case
        QCOMPARE(groups.groupOf(holder(u"db01.example.com"_s)), u"production"_s);
        QCOMPARE(groups.groupOf(holder(u"web-9"_s, 4, {u"10.1.200.3"_s})), u"production"_s);
        QCOMPARE(groups.groupOf(holder(u"test-01"_s)), u"test"_s);
        QCOMPARE(groups.groupOf(holder(u"test-001"_s)), QString()); // ? is one character
        QCOMPARE(groups.groupOf(holder(u"lab"_s, 4, {u"192.168.50.7"_s})), u"test"_s);
        QCOMPARE(groups.groupOf(holder(u"lab"_s, 4, {u"192.168.50.8"_s})), QString());
        QVERIFY(groups.governs(u"vdp"_s));
        QVERIFY(!groups.governs(u"scheduler"_s));
    }

    void aCapRefusesTheGroupBeyondItNamingTheGroup() {
        const GroupPolicy groups = policy();
        const QList<Lease> two = running({holder(u"test-01"_s), holder(u"test-02"_s)});
        const auto denial = groups.check(holder(u"test-03"_s), kVdp, two);
        QVERIFY(denial);
        QCOMPARE(denial->reason, DenialReason::GroupCap);
        QVERIFY2(
            denial->message.contains(u"host test-03 is in group test, which may run at most 2 instances"_s),
            qPrintable(denial->message));
        const auto cores = groups.check(holder(u"test-03"_s, 8), kVdp, running({holder(u"test-01"_s, 8)}));
        QVERIFY(cores);
        QVERIFY2(cores->message.contains(u"at most 12 cores"_s), qPrintable(cores->message));
        // Other hosts are not capped by the test group's cap.
        QVERIFY(!groups.check(holder(u"other"_s), kVdp, two));
    }

    void aReserveHoldsCapacityBackFromOtherHosts() {
        const GroupPolicy groups = policy();
        // 6 instances licensed, production reserves 3 and runs 1: 2 stay held back.
        const QList<Lease> three = running({holder(u"prod-1"_s), holder(u"other-1"_s), holder(u"other-2"_s)});
        QVERIFY(!groups.check(holder(u"other-3"_s), kVdp, three)); // the fourth of six
        const QList<Lease> four = three + running({holder(u"other-3"_s)});
        const auto denial = groups.check(holder(u"other-4"_s), kVdp, four);
        QVERIFY(denial);
        QCOMPARE(denial->reason, DenialReason::ReservedForOtherGroup);
        QVERIFY2(denial->message.contains(u"reserved for group production"_s), qPrintable(denial->message));
        // The group itself uses its reserve.
        QVERIFY(!groups.check(holder(u"prod-2"_s), kVdp, four));
        // With the reserve in use, what is left is anyone's.
        const QList<Lease> busy = running({holder(u"prod-1"_s), holder(u"prod-2"_s), holder(u"prod-3"_s)});
        QVERIFY(!groups.check(holder(u"other-1"_s), kVdp, busy));
    }

    void aCoreReserveCountsCores() {
        const GroupPolicy groups = policy();
        // 48 cores licensed, production reserves 24 and uses 8: 16 held back, 24 for the rest.
        const ComponentAllowance manyInstances{20, 8, 48};
        const QList<Lease> some = running({holder(u"prod-1"_s, 8), holder(u"other-1"_s, 8)});
        QVERIFY(!groups.check(holder(u"other-2"_s, 8), manyInstances, some));
        const QList<Lease> more = some + running({holder(u"other-2"_s, 8), holder(u"other-3"_s, 8)});
        const auto denial = groups.check(holder(u"other-4"_s, 8), manyInstances, more);
        QVERIFY(denial);
        QCOMPARE(denial->reason, DenialReason::ReservedForOtherGroup);
        QVERIFY2(denial->message.contains(
                     u"16 of the 16 cores of vdp not in use are reserved for group production"_s),
                 qPrintable(denial->message));
    }

    void usageCountsEachRuledGroupAndTheOtherHosts() {
        const GroupPolicy groups = policy();
        const QList<GroupUsage> rows =
            groups.usage(running({holder(u"prod-1"_s, 8), holder(u"test-01"_s), holder(u"other"_s, 2)}));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].group, u"production"_s);
        QCOMPARE(rows[0].cores, 8);
        QCOMPARE(rows[0].reserve.instances, 3);
        QCOMPARE(rows[1].group, u"test"_s);
        QCOMPARE(rows[1].cap.instances, 2);
        QCOMPARE(rows[2].group, QString());
        QCOMPARE(rows[2].instances, 1);
    }

    void badLinesAreRefusedNamingTheLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("keyword") << QByteArray("group a x\nallow a vdp")
                                 << u"line 2: 'allow' is not a policy line"_s;
        QTest::newRow("unknown group")
            << QByteArray("reserve prod vdp instances 1") << u"line 1: unknown group 'prod'"_s;
        QTest::newRow("no pattern") << QByteArray("group a") << u"line 1: write 'group NAME PATTERN...'"_s;
        QTest::newRow("twice") << QByteArray("group a x\ngroup a y")
                               << u"line 2: the group 'a' is defined twice"_s;
        QTest::newRow("range") << QByteArray("group a 10.0.0.0/99")
                               << u"'10.0.0.0/99' is not an address range"_s;
        QTest::newRow("number") << QByteArray("group a x\ncap a vdp instances many")
                                << u"line 2: 'many' is not a whole number of instances"_s;
        QTest::newRow("amount") << QByteArray("group a x\ncap a vdp seats 2") << u"line 2: 'seats' here"_s;
        QTest::newRow("second cap") << QByteArray("group a x\ncap a vdp instances 1\ncap a vdp cores 2")
                                    << u"line 3: a second cap for group 'a' and type 'vdp'"_s;
        QTest::newRow("pattern") << QByteArray("group a web/01!") << u"'web/01!' is not an address range"_s;
    }

    void badLinesAreRefusedNamingTheLine() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto parsed = GroupPolicy::parse(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, u"invalid_policy"_s);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGroupPolicy)
#include "tst_grouppolicy.moc"
