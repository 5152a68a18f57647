#pragma once

#include "http/HttpRouter.h"
#include "metrics/RequestTimer.h"

#include <QAbstractHttpServer>

namespace lk {

// QHttpServer 6.4 without its router: every request goes through HttpRouter,
// every answer (errors included) is JSON and names this node, and handlers
// answer later through a PendingReply instead of a QFuture.
class HttpServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultMaxBodyBytes = 64 * 1024;

    explicit HttpServer(QByteArray nodeName, QObject* parent = nullptr);

    HttpRouter& router() { return m_router; }
    const HttpRouter& router() const { return m_router; }
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }
    qsizetype maxBodyBytes() const { return m_maxBodyBytes; }
    // Times every request into `family` (labels method, route, status_class),
    // which must outlive this server. Unset: nothing is timed.
    void setRequestDurations(metrics::HistogramFamily* family) { m_durations = family; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    metrics::RequestTimer* timerFor(const HttpRouter::Match* match);

    QByteArray m_nodeName;
    HttpRouter m_router;
    qsizetype m_maxBodyBytes = kDefaultMaxBodyBytes;
    metrics::HistogramFamily* m_durations = nullptr;
    std::vector<std::unique_ptr<metrics::RequestTimer>> m_timers; // per route, made on first use
    std::unique_ptr<metrics::RequestTimer> m_unmatchedTimer;      // 404, 405
};

} // namespace lk
