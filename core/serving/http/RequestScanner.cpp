#include "http/RequestScanner.h"

#include <QList>
#include <limits>

namespace lk {

RequestScanner::RequestScanner(qint64 maxRequestBytes, qint64 maxHeaderBytes)
    : m_maxRequestBytes(maxRequestBytes)
    , m_maxHeaderBytes(qMin(maxHeaderBytes, maxRequestBytes)) {}

qint64 RequestScanner::skippable() const {
    switch (m_state) {
    case State::Body:
        return m_bodyRemaining;
    case State::Opaque:
        return std::numeric_limits<qint64>::max();
    case State::Head:
        break;
    }
    return 0;
}

RequestScanner::Verdict RequestScanner::skip(qint64 count) {
    if (count <= 0)
        return Verdict::Fine;
    m_requestBytes += count;
    if (m_state == State::Body) {
        m_bodyRemaining -= count;
        if (m_bodyRemaining <= 0)
            requestComplete();
    }
    return m_requestBytes > m_maxRequestBytes ? Verdict::RequestTooLarge : Verdict::Fine;
}

RequestScanner::Verdict RequestScanner::feed(QByteArrayView bytes) {
    while (!bytes.isEmpty()) {
        if (m_state != State::Head) {
            const qint64 count = qMin(qint64(bytes.size()), skippable());
            if (const Verdict verdict = skip(count); verdict != Verdict::Fine)
                return verdict;
            bytes = bytes.sliced(count);
            continue;
        }
        // Never keep more than the header limit (plus the 3 bytes a
        // terminator split across reads needs) however much arrives.
        const qsizetype before = m_head.size();
        const qsizetype room = qsizetype(m_maxHeaderBytes) + 1 - before;
        const qsizetype taken = qMin(bytes.size(), qMax(room, qsizetype(0)));
        m_head.append(bytes.first(taken));
        const qsizetype end = m_head.indexOf("\r\n\r\n", qMax(before - 3, qsizetype(0)));
        if (end < 0 || end + 4 > m_maxHeaderBytes) {
            if (m_head.size() > m_maxHeaderBytes)
                return Verdict::HeadersTooLarge;
            m_requestBytes += taken;
            bytes = bytes.sliced(taken);
            continue;
        }
        const qsizetype used = end + 4 - before;
        m_requestBytes += used;
        bytes = bytes.sliced(used);
        if (const Verdict verdict = headersComplete(end + 4); verdict != Verdict::Fine)
            return verdict;
    }
    return Verdict::Fine;
}

RequestScanner::Verdict RequestScanner::headersComplete(qsizetype headerBytes) {
    const QList<QByteArray> lines = m_head.left(headerBytes).split('\n');
    m_head.clear();
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = false;
    bool close = false;
    bool http10 = false;
    bool first = true;
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue; // blank lines before the request line are tolerated
        if (first) {
            http10 = line.endsWith("HTTP/1.0");
            first = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            // Nonsense is QHttpServer's to refuse; a huge length is ours.
            contentLength = ok && length > 0 ? length : 0;
            if (ok && length > m_maxRequestBytes)
                return Verdict::RequestTooLarge;
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "connection") {
            close = value.contains("close");
            keepAlive = value.contains("keep-alive");
        }
    }
    m_closeRequested = close || (http10 && !keepAlive);
    if (chunked) {
        m_state = State::Opaque;
    } else if (contentLength > 0) {
        if (m_requestBytes + contentLength > m_maxRequestBytes)
            return Verdict::RequestTooLarge;
        m_state = State::Body;
        m_bodyRemaining = contentLength;
    } else {
        requestComplete();
    }
    return Verdict::Fine;
}

void RequestScanner::requestComplete() {
    m_state = State::Head;
    m_head.clear();
    m_bodyRemaining = 0;
    m_requestBytes = 0;
}

void RequestScanner::requestHandled() {
    // Only a chunked body leaves us unsure where the request ended.
    if (m_state == State::Opaque)
        requestComplete();
}

} // namespace lk
