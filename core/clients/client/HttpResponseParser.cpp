#include "client/HttpResponseParser.h"

namespace lk {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;

bool sameName(QByteArrayView name, QByteArrayView expected) {
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

bool hasToken(const QByteArray& value, QByteArrayView token) {
    for (const QByteArray& part : value.split(',')) {
        if (sameName(part.trimmed(), token))
            return true;
    }
    return false;
}

} // namespace

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes) {
    if (bytes.isEmpty() || m_state == State::Failed)
        return m_state;
    m_receivedAnything = true;
    if (m_state == State::Complete) {
        // More than the answer: the connection is out of step, do not reuse it.
        m_keepAlive = false;
        return m_state;
    }
    m_pending.append(bytes);
    while (m_state == State::Incomplete && step()) {
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish() {
    if (m_state == State::Complete)
        m_keepAlive = false;
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        m_phase = Phase::Done;
        m_state = State::Complete;
        m_keepAlive = false;
        return m_state;
    }
    fail(m_receivedAnything ? tr("the connection closed in the middle of the answer")
                            : tr("the server closed the connection without answering"));
    return m_state;
}

bool HttpResponseParser::step() {
    switch (m_phase) {
    case Phase::Head:
        return parseHead();
    case Phase::Body:
        return takeBody(m_contentLength - m_body.size());
    case Phase::ChunkSize:
        return readChunkSize();
    case Phase::ChunkData:
        return takeBody(m_chunkLeft);
    case Phase::ChunkEnd: {
        if (m_pending.size() < 2)
            return false;
        if (!m_pending.startsWith("\r\n"))
            return fail(tr("a chunk of the answer does not end where its size says"));
        m_pending.remove(0, 2);
        m_phase = Phase::ChunkSize;
        return true;
    }
    case Phase::Trailer: {
        QByteArray line;
        if (!readLine(&line))
            return false;
        if (line.isEmpty())
            complete();
        return true; // a trailer header: not needed, skipped
    }
    case Phase::UntilClose:
        return takeBody(kMaxBodyBytes + 1);
    case Phase::Done:
        return false;
    }
    return false;
}

bool HttpResponseParser::parseHead() {
    // The same limit however the bytes arrive, whole or in pieces: without
    // its end yet, the head is at least what came minus a partial "\r\n\r".
    const qsizetype end = m_pending.indexOf("\r\n\r\n");
    if ((end < 0 ? m_pending.size() - 3 : end) > kMaxHeadBytes)
        return fail(tr("the answer's headers are longer than %1 KiB").arg(kMaxHeadBytes / 1024));
    if (end < 0)
        return false;
    const QByteArray head = m_pending.left(end);
    m_pending.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    // "HTTP/1.1 200 OK": a version, a three-digit code, a reason (may be empty).
    bool numeric = false;
    m_status = statusLine.mid(9, 3).toInt(&numeric);
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ' || !numeric ||
        m_status < 100 || m_status > 599)
        return fail(tr("not an HTTP answer: '%1'").arg(QString::fromLatin1(statusLine.left(80))));
    m_keepAlive = !statusLine.startsWith("HTTP/1.0");
    m_chunked = false;
    m_contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!parseHeaderLine(lines.at(i).trimmed()))
            return true; // failed
    }
    if (m_status < 200) {
        m_phase = Phase::Head; // "100 Continue" and the like: the answer follows
        return true;
    }
    if (m_status == 204 || m_status == 304 || (!m_chunked && m_contentLength == 0)) {
        complete();
    } else if (m_chunked) {
        m_phase = Phase::ChunkSize;
    } else if (m_contentLength > 0) {
        m_phase = Phase::Body;
    } else {
        m_phase = Phase::UntilClose;
        m_keepAlive = false;
    }
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray& line) {
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(
            tr("the answer has a malformed header line: '%1'").arg(QString::fromLatin1(line.left(80))));
    const QByteArray name = line.left(colon).trimmed();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (sameName(name, "content-length")) {
        bool ok = false;
        m_contentLength = value.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return fail(tr("the answer's Content-Length '%1' is not a number of bytes")
                            .arg(QString::fromLatin1(value.left(40))));
        if (m_contentLength > kMaxBodyBytes)
            return fail(tr("the answer is larger than %1 MiB").arg(kMaxBodyBytes / (1024 * 1024)));
    } else if (sameName(name, "transfer-encoding")) {
        m_chunked = hasToken(value, "chunked");
    } else if (sameName(name, "connection")) {
        if (hasToken(value, "close"))
            m_keepAlive = false;
        else if (hasToken(value, "keep-alive"))
            m_keepAlive = true;
    }
    return true;
}

bool HttpResponseParser::readChunkSize() {
    QByteArray line;
    if (!readLine(&line))
        return false;
    const qsizetype extension = line.indexOf(';');
    bool ok = false;
    const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
    if (!ok || size < 0)
        return fail(
            tr("a chunk of the answer has no valid size: '%1'").arg(QString::fromLatin1(line.left(40))));
    if (m_body.size() + size > kMaxBodyBytes)
        return fail(tr("the answer is larger than %1 MiB").arg(kMaxBodyBytes / (1024 * 1024)));
    m_chunkLeft = size;
    m_phase = size == 0 ? Phase::Trailer : Phase::ChunkData;
    return true;
}

bool HttpResponseParser::readLine(QByteArray* line) {
    const qsizetype end = m_pending.indexOf("\r\n");
    if ((end < 0 ? m_pending.size() - 1 : end) > kMaxChunkLine) // as in parseHead()
        return fail(tr("a line of the answer is longer than %1 bytes").arg(kMaxChunkLine));
    if (end < 0)
        return false;
    *line = m_pending.left(end);
    m_pending.remove(0, end + 2);
    return true;
}

bool HttpResponseParser::takeBody(qsizetype count) {
    const qsizetype taken = qMin(count, m_pending.size());
    if (taken > 0) {
        m_body.append(m_pending.constData(), taken);
        m_pending.remove(0, taken);
    }
    switch (m_phase) {
    case Phase::UntilClose:
        if (m_body.size() > kMaxBodyBytes)
            return fail(tr("the answer is larger than %1 MiB").arg(kMaxBodyBytes / (1024 * 1024)));
        return false; // the rest comes with finish()
    case Phase::ChunkData:
        m_chunkLeft -= taken;
        if (m_chunkLeft > 0)
            return false;
        m_phase = Phase::ChunkEnd;
        return true;
    default:
        if (taken < count)
            return false;
        complete();
        return false;
    }
}

void HttpResponseParser::complete() {
    m_phase = Phase::Done;
    m_state = State::Complete;
    if (!m_pending.isEmpty())
        m_keepAlive = false; // bytes after the answer: out of step
}

bool HttpResponseParser::fail(const QString& message) {
    m_state = State::Failed;
    m_keepAlive = false;
    m_error = message;
    return false;
}

} // namespace lk
