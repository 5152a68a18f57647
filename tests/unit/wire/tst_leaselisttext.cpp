// A lease list read from its text a lease at a time (JsonObjectSplitter and
// LeaseListAnswer::fromJsonText) reads exactly what a whole-document parse
// reads, whatever the text holds, and complains the same way when it is bad.
#include "wire/JsonObjectSplitter.h"
#include "wire/LeaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::wire;

namespace {

// JSON written with ' for " to keep the test data readable (and moc happy).
QByteArray j(const char* text) {
    return QByteArray(text).replace('\'', '"');
}

// What the console read before: the whole document, then its object.
Result<LeaseListAnswer> readWhole(const QByteArray& text) {
    return LeaseListAnswer::fromJson(QJsonDocument::fromJson(text).object());
}

QString describe(const Result<LeaseListAnswer>& answer) {
    if (!answer)
        return u"error: "_s + answer.error().message;
    QStringList leases;
    for (const LeaseListAnswer::Item& item : answer->leases)
        leases.append(u"%1|%2|%3|%4|%5|%6|%7|%8"_s
                          .arg(item.lease.id, item.lease.holder.component, item.lease.holder.instance,
                               item.lease.holder.ips.join(u'+'), item.lease.node)
                          .arg(item.lease.holder.cores)
                          .arg(item.lease.graceDeadlineMs)
                          .arg(item.overdue));
    return u"full=%1 time=%2 cursor=%3 ended=%4 leases=[%5]"_s.arg(answer->full)
        .arg(answer->serverTimeMs)
        .arg(answer->cursor, answer->ended.join(u','), leases.join(u"; "_s));
}

} // namespace

class tst_LeaseListText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsWhatAWholeParseReads_data() {
        QTest::addColumn<QByteArray>("text");
        const QByteArray lease = j(
            "{'lease_id':'a1','component':'vdp','instance':'h:1','host':'h','ips':['10.0.0.1','fd00::1'],"
            "'cores':4,'version':'9.1','node':'lm','granted_ms':1,'last_renewal_ms':2,'grace_deadline_ms':3,"
            "'state':'overdue'}");
        QTest::newRow("as the server writes it")
            << (j("{'cursor':'7:9','ended':['x','y'],'full':false,'leases':[") + lease + "," + lease +
                j("],'server_time_ms':1800000000000}"));
        QTest::newRow("leases first, spaces everywhere") << (" {\n \"leases\" : [ " + lease + " ,\n" + lease +
                                                             " ] ,\t\"full\" : true , \"cursor\":\"\" }\n");
        QTest::newRow("no leases") << QByteArray(j("{'leases':[],'full':true,'server_time_ms':5}"));
        QTest::newRow("braces, brackets and quotes inside strings") << QByteArray(
            j("{'leases':[{'lease_id':'}]\\'{[','instance':'a\\\\\\'b}','host':'\\u007b','cores':1},"
              "{'lease_id':'b','node':'lm\\\\','cores':2}],'cursor':'c\\'}'}"));
        QTest::newRow("nested values in other members") << (j("{'extra':{'a':[1,{'b':']'}]},'leases':[") +
                                                            lease + j("],'ended':[],'n':-1.5e3,'t':true}"));
        QTest::newRow("an escaped key that means leases")
            << (j("{'le\\u0061ses':[") + lease + j("],'full':false}"));
        QTest::newRow("leases not an array") << QByteArray(j("{'leases':{},'full':true}"));
        QTest::newRow("no leases member") << QByteArray(j("{'full':true}"));
        QTest::newRow("leases twice") << (j("{'leases':[") + lease + j("],'leases':[]}"));
        QTest::newRow("an element that is not an object") << QByteArray(j("{'leases':[5,'x',null]}"));
        QTest::newRow("truncated") << (j("{'leases':[") + lease.left(40));
        QTest::newRow("truncated in a string") << QByteArray(j("{'leases':[{'lease_id':'ab"));
        QTest::newRow("a broken element") << (j("{'leases':[") + lease + j(",{'lease_id':}]}"));
        QTest::newRow("a broken other member") << (j("{'leases':[") + lease + j("],'full':tru e}"));
        QTest::newRow("something after the object") << (j("{'leases':[]} {}"));
        QTest::newRow("an array at the top") << QByteArray(j("[{'leases':[]}]"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    }
    void readsWhatAWholeParseReads() {
        QFETCH(QByteArray, text);
        QCOMPARE(describe(LeaseListAnswer::fromJsonText(text)), describe(readWhole(text)));
    }

    void theSplitterFindsEachElementAndKeepsTheRest() {
        const auto parts =
            JsonObjectSplitter::split(j("{'a':1,'list':[{'x':']'}, [2] ,'s'],'b':{'c':[]}}"), "list");
        QVERIFY(parts);
        QVERIFY(parts->arrayFound);
        QCOMPARE(parts->elements.size(), 3);
        QCOMPARE(parts->elements.at(0), QByteArrayView(j("{'x':']'}")));
        QCOMPARE(parts->elements.at(1), QByteArrayView("[2]"));
        QCOMPARE(parts->elements.at(2), QByteArrayView(j("'s'")));
        QCOMPARE(parts->rest, QByteArray(j("{'a':1,'b':{'c':[]}}")));
    }

    // Every prefix of a real answer: never a crash or a read past the end,
    // and always what the whole parse says.
    void everyTruncationReadsAsTheWholeParse() {
        LeaseListAnswer answer;
        Lease lease;
        lease.id = u"0123456789abcdef"_s;
        lease.holder = LeaseRequest{u"vdp"_s, u"r:1"_s, u"r"_s, {u"10.0.0.7"_s}, 8, u"4.2"_s};
        answer.leases = {{lease, false}, {lease, true}};
        answer.ended = {u"gone"_s};
        answer.cursor = u"1:2"_s;
        const QByteArray text = QJsonDocument(answer.toJson()).toJson(QJsonDocument::Indented);
        for (qsizetype length = 0; length <= text.size(); ++length) {
            const QByteArray prefix = text.left(length);
            QCOMPARE(describe(LeaseListAnswer::fromJsonText(prefix)), describe(readWhole(prefix)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_LeaseListText)
#include "tst_leaselisttext.moc"
