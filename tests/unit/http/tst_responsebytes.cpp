// ResponseBytes: an answer written in one piece is byte for byte what
// QHttpServerResponder wrote for it (the expected bytes below were read off
// the wire from the responder), and a status it has no phrase for is left to
// the responder.
#include "http/ResponseBytes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestResponseBytes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aJsonAnswer() {
        const ApiResponse answer = ApiResponse::error(404, u"not_found"_s, u"no such endpoint: /nope"_s);
        QCOMPARE(
            ResponseBytes::of(answer, "vm").value(),
            QByteArray("HTTP/1.1 404 Not Found\r\nX-License-Manager-Node: vm\r\nCache-Control: no-store\r\n"
                       "Content-Type: application/json\r\nContent-Length: 57\r\n\r\n"
                       R"({"error":"not_found","message":"no such endpoint: /nope"})"));
    }

    void extraHeadersComeBeforeTheLength() {
        ApiResponse answer = ApiResponse::jsonBytes(503, "{}");
        answer.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        QCOMPARE(ResponseBytes::of(answer, "lm1").value(),
                 QByteArray("HTTP/1.1 503 Service Unavailable\r\nX-License-Manager-Node: lm1\r\n"
                            "Cache-Control: no-store\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                            "Content-Length: 2\r\n\r\n{}"));
    }

    void noContentHasNoType() {
        QCOMPARE(
            ResponseBytes::of(ApiResponse::noContent(), "lm1").value(),
            QByteArray("HTTP/1.1 204 No Content\r\nX-License-Manager-Node: lm1\r\nCache-Control: no-store\r\n"
                       "Content-Length: 0\r\n\r\n"));
    }

    void phrasesAreTheResponders() {
        QCOMPARE(ResponseBytes::reasonPhrase(200), "OK");
        QCOMPARE(ResponseBytes::reasonPhrase(201), "Created");
        QCOMPARE(ResponseBytes::reasonPhrase(413), "Request Entity Too Large");
        QCOMPARE(ResponseBytes::reasonPhrase(429), "Too Many Requests");
    }

    void anUnknownStatusIsLeftToTheResponder() {
        QVERIFY(!ResponseBytes::of(ApiResponse::jsonBytes(418, "{}"), "lm1").has_value());
        QVERIFY(ResponseBytes::reasonPhrase(299).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResponseBytes)
#include "tst_responsebytes.moc"
