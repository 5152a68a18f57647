// The log lines leasekeeper-server writes: plain (as before), journald
// (priority prefix, no timestamp of our own) and JSON (one object per line
// with the event's fields), the thread-local hand-over of fields, and the
// words and fields of each lease event.
#include "log/LogOutput.h"
#include "server/LeaseEventLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

const QDateTime kAt = QDateTime::fromString(u"2026-03-04T05:06:07.089Z"_s, Qt::ISODateWithMs);

QJsonObject parseLine(const QByteArray& line) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s (%s)", line.constData(), qPrintable(error.errorString()));
    return document.object();
}

LeaseEvent sampleEvent(LeaseEvent::Kind kind) {
    LeaseEvent e;
    e.kind = kind;
    e.leaseId = u"0123456789abcdef0123456789abcdef"_s;
    e.component = u"vdp"_s;
    e.instance = u"vdp-1"_s;
    e.host = u"db01.example.com"_s;
    e.cores = 8;
    return e;
}

} // namespace

class TestLogOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonIsOneObjectPerLineWithTheFields() {
        LogFields fields;
        fields.add("lease_id"_L1, u"abc"_s).add("cores"_L1, 8).add("ok"_L1, true);
        const QString message = u"say \"hi\"\n\tand \\ bye \u0001 é"_s;
        const QByteArray line = LogOutput::format({LogFormat::Json, false}, QtWarningMsg, "leasekeeper.lease",
                                                  message, &fields, kAt);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // the message's line feed is escaped
        const QJsonObject json = parseLine(line);
        QCOMPARE(json.value(u"time"_s).toString(), u"2026-03-04T05:06:07.089Z"_s);
        QCOMPARE(json.value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(json.value(u"category"_s).toString(), u"leasekeeper.lease"_s);
        QCOMPARE(json.value(u"message"_s).toString(), message);
        QCOMPARE(json.value(u"lease_id"_s).toString(), u"abc"_s);
        QCOMPARE(json.value(u"cores"_s).toInteger(), 8);
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        // The fixed keys come first, so that a human can read it too.
        QVERIFY(
            line.startsWith("{\"time\":\"2026-03-04T05:06:07.089Z\",\"level\":\"warning\",\"category\":"));
    }

    void jsonTimeIsUtcWhateverTheInput() {
        const QDateTime local = kAt.toOffsetFromUtc(3600 * 5);
        const QJsonObject json = parseLine(
            LogOutput::format({LogFormat::Json, true}, QtInfoMsg, "default", u"x"_s, nullptr, local));
        QCOMPARE(json.value(u"time"_s).toString(), u"2026-03-04T05:06:07.089Z"_s);
        QCOMPARE(json.value(u"level"_s).toString(), u"info"_s); // journald does not change JSON
    }

    void plainKeepsTodaysPattern() {
        const QByteArray line = LogOutput::format({LogFormat::Plain, false}, QtInfoMsg, "leasekeeper.server",
                                                  u"node up"_s, nullptr, kAt);
        const QByteArray local = kAt.toLocalTime().toString(u"yyyy-MM-ddThh:mm:ss.zzz").toUtf8();
        QCOMPARE(line, local + " info leasekeeper.server: node up\n");
    }

    void journaldGetsAPriorityPerLineAndNoTimestamp_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("debug") << int(QtDebugMsg) << QByteArray("<7>");
        QTest::newRow("info") << int(QtInfoMsg) << QByteArray("<6>");
        QTest::newRow("warning") << int(QtWarningMsg) << QByteArray("<4>");
        QTest::newRow("critical") << int(QtCriticalMsg) << QByteArray("<3>");
        QTest::newRow("fatal") << int(QtFatalMsg) << QByteArray("<2>");
    }

    void journaldGetsAPriorityPerLineAndNoTimestamp() {
        QFETCH(int, type);
        QFETCH(QByteArray, prefix);
        const QByteArray text = LogOutput::format({LogFormat::Plain, true}, QtMsgType(type),
                                                  "leasekeeper.store", u"first\nsecond"_s, nullptr, kAt);
        QCOMPARE(text, prefix + "leasekeeper.store: first\n" + prefix + "leasekeeper.store: second\n");
    }

    void fieldsBelongToTheirThreadAndScope() {
        QCOMPARE(LogFields::current(), nullptr);
        LogFields outer;
        outer.add("a"_L1, 1);
        {
            ScopedLogFields outerScope(outer);
            QCOMPARE(LogFields::current(), &outer);
            const LogFields* seenElsewhere = &outer;
            QThread* thread = QThread::create([&] { seenElsewhere = LogFields::current(); });
            thread->start();
            QVERIFY(thread->wait(5000));
            delete thread;
            QCOMPARE(seenElsewhere, nullptr);
            LogFields inner;
            {
                ScopedLogFields innerScope(inner);
                QCOMPARE(LogFields::current(), &inner);
            }
            QCOMPARE(LogFields::current(), &outer);
        }
        QCOMPARE(LogFields::current(), nullptr);
    }

    void eachLeaseEventNamesTheLeaseInstanceTypeAndReason_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("endReason"); // -1: none
        QTest::addColumn<QString>("reason");
        QTest::newRow("granted") << int(LeaseEvent::Kind::Granted) << -1 << QString();
        QTest::newRow("renewed") << int(LeaseEvent::Kind::Renewed) << -1 << QString();
        QTest::newRow("released") << int(LeaseEvent::Kind::Released) << int(EndReason::Released)
                                  << u"released"_s;
        QTest::newRow("freed") << int(LeaseEvent::Kind::Freed) << int(EndReason::FreedByAdmin)
                               << u"freed_by_admin"_s;
        QTest::newRow("expired") << int(LeaseEvent::Kind::Expired) << int(EndReason::GraceExpired)
                                 << u"grace_expired"_s;
        QTest::newRow("replaced") << int(LeaseEvent::Kind::Replaced) << int(EndReason::ReplacedByRestart)
                                  << u"replaced_by_restart"_s;
    }

    void eachLeaseEventNamesTheLeaseInstanceTypeAndReason() {
        QFETCH(int, kind);
        QFETCH(int, endReason);
        QFETCH(QString, reason);
        LeaseEvent e = sampleEvent(LeaseEvent::Kind(kind));
        if (endReason >= 0)
            e.endReason = EndReason(endReason);
        const QString message = LeaseEventLog::message(e);
        for (const QString& part : {e.leaseId, e.component, e.instance, e.host, reason})
            QVERIFY2(message.contains(part), qPrintable(message));
        const LogFields fields = LeaseEventLog::fields(e);
        const QByteArray line = LogOutput::format({LogFormat::Json, false}, QtInfoMsg, "leasekeeper.lease",
                                                  message, &fields, kAt);
        const QJsonObject json = parseLine(line);
        QCOMPARE(json.value(u"event"_s).toString(), LeaseEvent::kindName(e.kind));
        QCOMPARE(json.value(u"lease_id"_s).toString(), e.leaseId);
        QCOMPARE(json.value(u"component"_s).toString(), u"vdp"_s);
        QCOMPARE(json.value(u"instance"_s).toString(), u"vdp-1"_s);
        QCOMPARE(json.value(u"host"_s).toString(), u"db01.example.com"_s);
        QCOMPARE(json.value(u"cores"_s).toInteger(), 8);
        QCOMPARE(json.value(u"reason"_s).toString(), reason); // absent for grants and renewals
        QCOMPARE(json.contains(u"reason"_s), !reason.isEmpty());
    }

    void aDenialSaysWhyAndAFreeKeepsTheNoteOnOneLine() {
        LeaseEvent denied = sampleEvent(LeaseEvent::Kind::Denied);
        denied.leaseId.clear();
        denied.denialReason = DenialReason::CoreLimit;
        denied.detail = u"the live leases plus this one would exceed 24 cores"_s;
        QString message = LeaseEventLog::message(denied);
        QVERIFY2(message.contains(u"core_limit"_s) && message.contains(denied.detail) &&
                     message.contains(u"vdp-1"_s),
                 qPrintable(message));
        LogFields fields = LeaseEventLog::fields(denied);
        QJsonObject json = parseLine(LogOutput::format({LogFormat::Json, false}, QtWarningMsg,
                                                       "leasekeeper.lease", message, &fields, kAt));
        QCOMPARE(json.value(u"reason"_s).toString(), u"core_limit"_s);
        QCOMPARE(json.value(u"denial"_s).toString(), denied.detail);
        QVERIFY(!json.contains(u"lease_id"_s));

        LeaseEvent freed = sampleEvent(LeaseEvent::Kind::Freed);
        freed.endReason = EndReason::FreedByAdmin;
        freed.detail = u"host\ngone\r\nfor good"_s;
        message = LeaseEventLog::message(freed);
        QVERIFY2(!message.contains(u'\n') && !message.contains(u'\r'), qPrintable(message));
        QVERIFY2(message.contains(u"host gone for good"_s), qPrintable(message));
        fields = LeaseEventLog::fields(freed);
        json = parseLine(LogOutput::format({LogFormat::Json, false}, QtInfoMsg, "leasekeeper.lease", message,
                                           &fields, kAt));
        QCOMPARE(json.value(u"note"_s).toString(), freed.detail); // JSON keeps it as it was
    }
};

QTEST_GUILESS_MAIN(TestLogOutput)
#include "tst_logoutput.moc"
