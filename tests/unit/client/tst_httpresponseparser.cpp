// The component client's HTTP answer reader: answers in any pieces, bodies
// by length, by chunks and to the close, and every malformed or oversized
// answer refused with a reason instead of being read on without end.
#include "client/HttpResponseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

using State = HttpResponseParser::State;

const QByteArray kGranted =
    "HTTP/1.1 201 Created\r\nX-License-Manager-Node: lm-a\r\nCache-Control: no-store\r\n"
    "Content-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"lease_id\":\"a\"}";

HttpResponseParser parsed(const QByteArray& bytes) {
    HttpResponseParser parser;
    parser.feed(bytes);
    return parser;
}

} // namespace

class TestHttpResponseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anAnswerSplitAnywhereReadsTheSame() {
        for (qsizetype split = 0; split <= kGranted.size(); ++split) {
            HttpResponseParser parser;
            parser.feed(QByteArrayView(kGranted).first(split));
            QCOMPARE(parser.feed(QByteArrayView(kGranted).sliced(split)), State::Complete);
            QCOMPARE(parser.status(), 201);
            QCOMPARE(parser.body(), QByteArray("{\"lease_id\":\"a\"}"));
            QVERIFY(parser.keepAlive());
        }
        HttpResponseParser byteByByte;
        for (char c : kGranted)
            byteByByte.feed(QByteArrayView(&c, 1));
        QCOMPARE(byteByByte.state(), State::Complete);
        QCOMPARE(byteByByte.body().size(), 16);
    }

    void anIncompleteBodyWaitsForTheRest() {
        HttpResponseParser parser;
        QCOMPARE(parser.feed(kGranted.chopped(1)), State::Incomplete);
        QCOMPARE(parser.finish(), State::Failed);
        QCOMPARE(parser.error(), u"the connection closed in the middle of the answer"_s);
    }

    void aClosedConnectionWithoutAnAnswerSaysSo() {
        HttpResponseParser parser;
        QVERIFY(!parser.receivedAnything());
        QCOMPARE(parser.finish(), State::Failed);
        QCOMPARE(parser.error(), u"the server closed the connection without answering"_s);
    }

    void chunksAreJoined() {
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5;ext=1\r\n{\"a\":\r\n3\r\n42}\r\n0\r\nX-Trailer: t\r\n\r\n";
        for (qsizetype split = 0; split <= chunked.size(); ++split) {
            HttpResponseParser parser;
            parser.feed(QByteArrayView(chunked).first(split));
            QCOMPARE(parser.feed(QByteArrayView(chunked).sliced(split)), State::Complete);
            QCOMPARE(parser.body(), QByteArray("{\"a\":42}"));
            QVERIFY(parser.keepAlive());
        }
    }

    void aBodyWithoutLengthRunsToTheClose() {
        HttpResponseParser parser;
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\n\r\n{\"a\":"), State::Incomplete);
        QCOMPARE(parser.feed("1}"), State::Incomplete);
        QCOMPARE(parser.finish(), State::Complete);
        QCOMPARE(parser.body(), QByteArray("{\"a\":1}"));
        QVERIFY(!parser.keepAlive());
    }

    void interimAnswersAreSkipped() {
        const HttpResponseParser parser =
            parsed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.status(), 204);
        QVERIFY(parser.body().isEmpty());
    }

    void whetherTheConnectionStaysOpen() {
        QVERIFY(!parsed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").keepAlive());
        QVERIFY(!parsed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keepAlive());
        QVERIFY(parsed("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n").keepAlive());
        // Bytes after the answer: the connection is out of step.
        const HttpResponseParser extra = parsed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxy");
        QCOMPARE(extra.state(), State::Complete);
        QCOMPARE(extra.body(), QByteArray("x"));
        QVERIFY(!extra.keepAlive());
    }

    void malformedAnswersAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                                  << u"not an HTTP answer: 'SSH-2.0-OpenSSH_9.2'"_s;
        QTest::newRow("no code") << QByteArray("HTTP/1.1 OK\r\n\r\n")
                                 << u"not an HTTP answer: 'HTTP/1.1 OK'"_s;
        QTest::newRow("code out of range")
            << QByteArray("HTTP/1.1 999 Odd\r\n\r\n") << u"not an HTTP answer: 'HTTP/1.1 999 Odd'"_s;
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n")
                                              << u"the answer has a malformed header line: 'broken'"_s;
        QTest::newRow("length not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n")
            << u"the answer's Content-Length 'ten' is not a number of bytes"_s;
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                         << u"the answer's Content-Length '-1' is not a number of bytes"_s;
        QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n")
                                     << u"the answer is larger than 16 MiB"_s;
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << u"a chunk of the answer has no valid size: 'zz'"_s;
        QTest::newRow("chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
            << u"a chunk of the answer does not end where its size says"_s;
        QTest::newRow("huge chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                  "7fffffff\r\n")
                                    << u"the answer is larger than 16 MiB"_s;
    }

    void malformedAnswersAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const HttpResponseParser parser = parsed(bytes);
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.error(), error);
        QVERIFY(!parser.keepAlive());
    }

    void endlessHeadersAreCutOff() {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\n");
        const QByteArray header = "X-Filler: " + QByteArray(1000, 'x') + "\r\n";
        State state = State::Incomplete;
        for (int i = 0; i < 100 && state == State::Incomplete; ++i)
            state = parser.feed(header);
        QCOMPARE(state, State::Failed);
        QCOMPARE(parser.error(), u"the answer's headers are longer than 64 KiB"_s);
    }

    void limitsHoldHoweverTheBytesArrive() {
        const QByteArray longHead = "HTTP/1.1 200 OK\r\nX-Filler: " + QByteArray(70 * 1024, 'x') + "\r\n\r\n";
        QCOMPARE(parsed(longHead).state(), State::Failed);
        QCOMPARE(parsed(longHead).error(), u"the answer's headers are longer than 64 KiB"_s);
        const QByteArray longChunkLine = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;" +
                                         QByteArray(2000, 'x') + "\r\nx\r\n0\r\n\r\n";
        QCOMPARE(parsed(longChunkLine).error(), u"a line of the answer is longer than 1024 bytes"_s);
        HttpResponseParser inPieces;
        for (qsizetype at = 0; at < longChunkLine.size(); at += 100)
            inPieces.feed(
                QByteArrayView(longChunkLine).sliced(at, qMin<qsizetype>(100, longChunkLine.size() - at)));
        QCOMPARE(inPieces.error(), u"a line of the answer is longer than 1024 bytes"_s);
    }

    void anEndlessBodyToTheCloseIsCutOff() {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\n\r\n");
        const QByteArray megabyte(1024 * 1024, 'x');
        State state = State::Incomplete;
        for (int i = 0; i < 20 && state == State::Incomplete; ++i)
            state = parser.feed(megabyte);
        QCOMPARE(state, State::Failed);
        QCOMPARE(parser.error(), u"the answer is larger than 16 MiB"_s);
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
