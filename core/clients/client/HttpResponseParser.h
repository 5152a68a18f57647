#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lk {

// Reads one HTTP/1.1 answer from the bytes of a connection, in whatever
// pieces they arrive: the status line and headers, then a body delimited by
// Content-Length, by chunks, or by the end of the connection. Interim
// answers (1xx) are skipped. Sizes are bounded, so a broken or hostile peer
// cannot make the client hold more than kMaxHeadBytes + kMaxBodyBytes.
class HttpResponseParser {
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class State { Incomplete, Complete, Failed };

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

    State feed(QByteArrayView bytes);
    // The peer closed the connection: ends a body that runs to the close,
    // fails anything else that is not complete.
    State finish();

    State state() const { return m_state; }
    bool receivedAnything() const { return m_receivedAnything; }
    int status() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    // Whether the connection may carry the next request.
    bool keepAlive() const { return m_keepAlive; }
    QString error() const { return m_error; }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, UntilClose, Done };

    bool step();
    bool parseHead();
    bool parseHeaderLine(const QByteArray& line);
    bool readChunkSize();
    bool readLine(QByteArray* line);
    bool takeBody(qsizetype count);
    void complete();
    bool fail(const QString& message);

    QByteArray m_pending; // received, not yet consumed
    Phase m_phase = Phase::Head;
    State m_state = State::Incomplete;
    bool m_receivedAnything = false;
    int m_status = 0;
    bool m_keepAlive = true;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = 0;
    QByteArray m_body;
    QString m_error;
};

} // namespace lk
