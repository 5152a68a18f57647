#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lk {

// Follows the requests on one connection well enough to enforce limits
// before QHttpServer buffers them: finds the end of the headers, reads
// Content-Length, Transfer-Encoding and Connection, and counts the bytes of
// the request in progress. It never changes the bytes; QHttpServer still
// parses them. A chunked body cannot be followed without parsing it, so its
// end is learnt from requestHandled().
class RequestScanner {
public:
    enum class Verdict { Fine, HeadersTooLarge, RequestTooLarge };

    RequestScanner(qint64 maxRequestBytes, qint64 maxHeaderBytes);

    // Bytes that may be counted without being looked at (inside a body).
    qint64 skippable() const;
    Verdict skip(qint64 count);
    Verdict feed(QByteArrayView bytes);
    // QHttpServer has dispatched a request.
    void requestHandled();

    // Some bytes of a request have arrived but not all of them.
    bool inRequest() const { return m_state != State::Head || !m_head.isEmpty(); }
    qint64 requestBytes() const { return m_requestBytes; }
    // The last complete request asked for the connection to be closed after
    // its answer (Connection: close, or HTTP/1.0 without keep-alive).
    bool closeRequested() const { return m_closeRequested; }

private:
    enum class State { Head, Body, Opaque };
    Verdict headersComplete(qsizetype headerBytes);
    void requestComplete();

    qint64 m_maxRequestBytes;
    qint64 m_maxHeaderBytes;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    qint64 m_requestBytes = 0;
    bool m_closeRequested = false;
};

} // namespace lk
