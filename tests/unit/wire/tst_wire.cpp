// The wire structs: what the server writes reads back the same, and a body
// that lacks a field or has the wrong type is refused with a message naming
// the field (the 400 a client gets, or the error a client reports).
#include "wire/ErrorBody.h"
#include "wire/FreeRequest.h"
#include "wire/GrantAnswer.h"
#include "wire/LeaseJson.h"
#include "wire/Maintenance.h"
#include "wire/PingAnswer.h"
#include "wire/RenewalsAnswer.h"
#include "wire/StatusAnswer.h"
#include "wire/TimeAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::wire;

namespace {

QJsonObject parse(const char* json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestWire : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aGrantReadsBackAsWritten() {
        const GrantAnswer grant{
            u"0123456789abcdef0123456789abcdef"_s, 300, 432000, 1700000432000, 1700000000000, u"lm-1"_s};
        const QByteArray written = QJsonDocument(grant.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(written, QByteArray(R"({"grace_deadline_ms":1700000432000,"grace_period_s":432000,)"
                                     R"("lease_id":"0123456789abcdef0123456789abcdef","node":"lm-1",)"
                                     R"("renew_after_s":300,"server_time_ms":1700000000000})"));
        const auto read = GrantAnswer::fromJson(grant.toJson());
        QVERIFY(read);
        QCOMPARE(read->leaseId, grant.leaseId);
        QCOMPARE(read->renewAfterS, qint64(300));
        QCOMPARE(read->gracePeriodS, qint64(432000));
        QCOMPARE(read->graceDeadlineMs, grant.graceDeadlineMs);
        QCOMPARE(read->serverTimeMs, grant.serverTimeMs);
        QCOMPARE(read->node, u"lm-1"_s);
    }

    void aGrantWithoutItsTimingsIsRefused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no lease_id") << QByteArray(R"({"renew_after_s":300,"grace_period_s":600})")
                                     << u"field 'lease_id' is missing"_s;
        QTest::newRow("lease_id a number")
            << QByteArray(R"({"lease_id":7,"renew_after_s":300,"grace_period_s":600})")
            << u"field 'lease_id' must be a string"_s;
        QTest::newRow("renew_after_s text")
            << QByteArray(R"({"lease_id":"a","renew_after_s":"300","grace_period_s":600})")
            << u"field 'renew_after_s' must be a whole number"_s;
        QTest::newRow("grace_period_s fraction")
            << QByteArray(R"({"lease_id":"a","renew_after_s":300,"grace_period_s":1.5})")
            << u"field 'grace_period_s' must be a whole number"_s;
    }

    void aGrantWithoutItsTimingsIsRefused() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto read = GrantAnswer::fromJson(QJsonDocument::fromJson(body).object());
        QVERIFY(!read);
        QCOMPARE(read.error().code, u"invalid_request"_s);
        QCOMPARE(read.error().message, expected);
    }

    void timeNeedsBothTimestamps() {
        const TimeAnswer time{u"lm-1"_s, 1700000000000001, 1700000000000002};
        const auto read = TimeAnswer::fromJson(time.toJson());
        QVERIFY(read);
        QCOMPARE(read->receiveTimeUs, time.receiveTimeUs);
        QCOMPARE(read->transmitTimeUs, time.transmitTimeUs);
        QCOMPARE(read->node, u"lm-1"_s);
        const auto missing = TimeAnswer::fromJson(parse(R"({"node":"x","receive_time_us":1})"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"field 'transmit_time_us' is missing"_s);
    }

    void pingSaysWhyOnlyWhenNotReady() {
        QCOMPARE(QJsonDocument(PingAnswer{true, u"lm-1"_s, u"ready"_s, {}}.toJson())
                     .toJson(QJsonDocument::Compact),
                 QByteArray(R"({"message":"ready","node":"lm-1","status":"ok"})"));
        const QJsonObject down = PingAnswer{false, u"lm-1"_s, u"in maintenance"_s, u"maintenance"_s}.toJson();
        QCOMPARE(down.value(u"status"_s).toString(), u"unavailable"_s);
        const auto read = PingAnswer::fromJson(down);
        QVERIFY(read);
        QVERIFY(!read->ready);
        QCOMPARE(read->reason, u"maintenance"_s);
        QVERIFY(!PingAnswer::fromJson(parse(R"({"message":"not ours"})")));
    }

    void maintenanceNeedsABoolean() {
        QVERIFY(MaintenanceRequest::fromJson(MaintenanceRequest{true}.toJson())->enabled);
        for (const char* body :
             {R"({})", R"({"enabled":"true"})", R"({"enabled":1})", R"({"enabled":null})"}) {
            const auto read = MaintenanceRequest::fromJson(parse(body));
            QVERIFY2(!read, body);
            QCOMPARE(read.error().code, u"invalid_request"_s);
            QCOMPARE(read.error().message, u"field 'enabled' must be true or false"_s);
        }
        const auto answer = MaintenanceAnswer::fromJson(MaintenanceAnswer{u"lm-2"_s, true}.toJson());
        QVERIFY(answer);
        QCOMPARE(answer->node, u"lm-2"_s);
        QVERIFY(answer->maintenance);
    }

    void freeTakesAnOptionalShortReason() {
        QCOMPARE(FreeRequest::fromJson(parse(R"({})"))->reason, QString());
        QCOMPARE(FreeRequest::fromJson(FreeRequest{u"crashed host"_s}.toJson())->reason, u"crashed host"_s);
        const QString tooLong(FreeRequest::kMaxReasonLength + 1, u'x');
        for (const QJsonObject& body : {QJsonObject{{u"reason"_s, tooLong}}, parse(R"({"reason":42})")}) {
            const auto read = FreeRequest::fromJson(body);
            QVERIFY(!read);
            QCOMPARE(read.error().message, u"field 'reason' must be a string of at most 500 characters"_s);
        }
    }

    void aLeaseListReadsBackAsWritten() {
        Lease lease;
        lease.id = u"0123456789abcdef0123456789abcdef"_s;
        lease.holder =
            LeaseRequest{u"vdp"_s, u"render-07:9999"_s, u"render-07"_s, {u"10.0.0.7"_s}, 8, u"4.2.1"_s};
        lease.node = u"lm-1"_s;
        lease.grantedMs = 1000;
        lease.lastRenewalMs = 2000;
        lease.graceDeadlineMs = 3000;
        const LeaseListAnswer written{{{lease, true}}, 2500, false, {u"feedface"_s}, u"epoch:42"_s};
        const QJsonObject json = written.toJson();
        QCOMPARE(json.value(u"leases"_s).toArray().first().toObject().value(u"state"_s).toString(),
                 u"overdue"_s);
        const auto read = LeaseListAnswer::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->serverTimeMs, qint64(2500));
        QCOMPARE(read->leases.size(), 1);
        QVERIFY(read->leases.first().lease == lease);
        QVERIFY(read->leases.first().overdue);
        QVERIFY(!read->full);
        QCOMPARE(read->ended, QStringList{u"feedface"_s});
        QCOMPARE(read->cursor, u"epoch:42"_s);
        // A node without cursors answers the whole list.
        QVERIFY(LeaseListAnswer::fromJson(parse(R"({"leases":[],"server_time_ms":1})"))->full);
        const auto broken = LeaseListAnswer::fromJson(parse(R"({"leases":{}})"));
        QVERIFY(!broken);
        QCOMPARE(broken.error().message, u"field 'leases' must be an array"_s);
    }

    void renewalsReadBackAsWritten() {
        RenewalRecord record;
        record.kind = RenewalRecord::Kind::Grant;
        record.sequence = 7;
        record.atMs = 1234;
        record.leaseId = u"ab"_s;
        record.component = u"vdp"_s;
        record.instance = u"i:1"_s;
        record.host = u"h"_s;
        record.forwardedFor = u"10.0.0.9"_s;
        record.peerAddress = u"127.0.0.1"_s;
        const auto read = RenewalsAnswer::fromJson(RenewalsAnswer{u"lm-1"_s, 7, {record}}.toJson());
        QVERIFY(read);
        QCOMPARE(read->node, u"lm-1"_s);
        QCOMPARE(read->lastSequence, qint64(7));
        QCOMPARE(read->renewals.size(), 1);
        const RenewalRecord& back = read->renewals.first();
        QVERIFY(back.kind == RenewalRecord::Kind::Grant);
        QCOMPARE(back.sequence, qint64(7));
        QCOMPARE(back.atMs, qint64(1234));
        QCOMPARE(back.forwardedFor, u"10.0.0.9"_s);
        QCOMPARE(back.peerAddress, u"127.0.0.1"_s);
        QVERIFY(!RenewalsAnswer::fromJson(parse(R"({"node":"x"})")));
    }

    void aStatusReadsBackAsWritten() {
        StatusAnswer status;
        status.node = u"lm-1"_s;
        status.role = u"primary"_s;
        status.uptimeS = 12;
        status.ping = {false, u"in maintenance"_s, u"maintenance"_s};
        LicenseTerms terms;
        terms.licenseId = u"acme-1"_s;
        terms.renewAfterS = 60;
        terms.gracePeriodS = 600;
        terms.components.insert(u"vdp"_s, ComponentAllowance{4, 8, 16});
        status.license = {terms, std::nullopt, u"0123456789abcdef"_s,
                          QMap<QString, TypeUsage>{{u"vdp"_s, {1, 2}}}};
        status.store = {u"postgresql"_s, true, u"db"_s, 3, qint64(-40)};
        status.timeSync = TimeSync{u"chrony"_s, true, u"synchronised to 10.0.0.1"_s};
        status.tls = {true, true, u"2030-01-01T00:00:00Z"_s};
        const QJsonObject json = status.toJson();
        QVERIFY(json.value(u"cluster"_s).isNull());
        QVERIFY(json.value(u"ping"_s).toObject().value(u"reason"_s).isString());
        const StatusAnswer read = StatusAnswer::fromJson(json);
        QCOMPARE(read.node, u"lm-1"_s);
        QCOMPARE(read.uptimeS, qint64(12));
        QCOMPARE(read.ping.reason, u"maintenance"_s);
        QVERIFY(read.license.terms);
        QCOMPARE(read.license.terms->renewAfterS, qint64(60));
        QCOMPARE(read.license.terms->gracePeriodS, qint64(600));
        QVERIFY(read.license.terms->components.value(u"vdp"_s) == (ComponentAllowance{4, 8, 16}));
        QVERIFY(read.license.usage);
        QCOMPARE(read.license.usage->value(u"vdp"_s).coresUsed, 2);
        QVERIFY(read.store.databaseClockOffsetMs == std::optional<qint64>(-40));
        QVERIFY(!read.cluster);
        QVERIFY(read.timeSync == (TimeSync{u"chrony"_s, true, u"synchronised to 10.0.0.1"_s}));
        QVERIFY(read.tls.certificateExpires == std::optional<QString>(u"2030-01-01T00:00:00Z"_s));
        // A node too old to say leaves the parts unset rather than made up.
        const StatusAnswer old = StatusAnswer::fromJson(parse(R"({"node":"old"})"));
        QVERIFY(!old.license.terms);
        QVERIFY(!old.timeSync);
        QVERIFY(!old.store.databaseClockOffsetMs);
    }

    void anErrorBodyOfSomeoneElseFallsBackToTheStatus() {
        const ErrorBody ours{u"unknown_lease"_s, u"no active lease with this id"_s};
        QCOMPARE(QJsonDocument(ours.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"error":"unknown_lease","message":"no active lease with this id"})"));
        QCOMPARE(ErrorBody::ofAnswer(404, ours.toJson()).error, u"unknown_lease"_s);
        const ErrorBody proxy = ErrorBody::ofAnswer(502, {});
        QCOMPARE(proxy.error, u"http_502"_s);
        QVERIFY(proxy.message.isEmpty());
        QVERIFY(ErrorBody::read({}).error.isEmpty());
        QCOMPARE(ErrorBody::read(ours.toJson()).message, ours.message);
    }
};

QTEST_APPLESS_MAIN(TestWire)
#include "tst_wire.moc"
