// RequestScanner: where requests end, what they declare, when they are too big.
#include "http/RequestScanner.h"

#include <QTest>

using namespace lk;
using Verdict = RequestScanner::Verdict;

class TestRequestScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestWithoutBodyEndsAtBlankLine() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\n"), Verdict::Fine);
        QVERIFY(scanner.inRequest());
        QCOMPARE(scanner.feed("\r\n"), Verdict::Fine);
        QVERIFY(!scanner.inRequest());
        QVERIFY(!scanner.closeRequested());
    }

    void terminatorSplitAcrossReads() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("GET / HTTP/1.1\r\nHost: x\r"), Verdict::Fine);
        QCOMPARE(scanner.feed("\n\r"), Verdict::Fine);
        QVERIFY(scanner.inRequest());
        QCOMPARE(scanner.feed("\n"), Verdict::Fine);
        QVERIFY(!scanner.inRequest());
    }

    void bodyIsCountedAndSkipped() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("POST /a HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345"), Verdict::Fine);
        QVERIFY(scanner.inRequest());
        QCOMPARE(scanner.skippable(), 5);
        QCOMPARE(scanner.skip(5), Verdict::Fine);
        QVERIFY(!scanner.inRequest());
        QCOMPARE(scanner.skippable(), 0);
    }

    void pipelinedRequestsInOneRead() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("POST /a HTTP/1.1\r\ncontent-length: 2\r\n\r\nokGET /b HTTP/1.1\r\n"),
                 Verdict::Fine);
        QVERIFY(scanner.inRequest()); // the second is unfinished
        QCOMPARE(scanner.feed("Connection: close\r\n\r\n"), Verdict::Fine);
        QVERIFY(!scanner.inRequest());
        QVERIFY(scanner.closeRequested());
    }

    void declaredLengthOverTheLimitIsRefusedAtOnce() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("POST /a HTTP/1.1\r\nContent-Length: 1000000000\r\n\r\n"),
                 Verdict::RequestTooLarge);
        RequestScanner nearly(1024, 512);
        QCOMPARE(nearly.feed("POST /a HTTP/1.1\r\nContent-Length: 1000\r\n\r\n"), Verdict::RequestTooLarge);
    }

    void chunkedBodyIsCountedUntilHandled() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Verdict::Fine);
        QCOMPARE(scanner.skip(500), Verdict::Fine);
        QVERIFY(scanner.inRequest());
        scanner.requestHandled();
        QVERIFY(!scanner.inRequest());
        QCOMPARE(scanner.feed("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Verdict::Fine);
        QCOMPARE(scanner.skip(2000), Verdict::RequestTooLarge);
    }

    void endlessHeadersAreRefused() {
        RequestScanner scanner(1024 * 1024, 512);
        QCOMPARE(scanner.feed("GET / HTTP/1.1\r\nX-Long: "), Verdict::Fine);
        QCOMPARE(scanner.feed(QByteArray(600, 'a')), Verdict::HeadersTooLarge);
    }

    void http10ClosesUnlessKeptAlive() {
        RequestScanner scanner(1024, 512);
        QCOMPARE(scanner.feed("GET / HTTP/1.0\r\n\r\n"), Verdict::Fine);
        QVERIFY(scanner.closeRequested());
        QCOMPARE(scanner.feed("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"), Verdict::Fine);
        QVERIFY(!scanner.closeRequested());
    }
};

QTEST_APPLESS_MAIN(TestRequestScanner)
#include "tst_requestscanner.moc"
