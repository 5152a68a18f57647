#include "http/HttpServer.h"

#include "http/ConnectionGuard.h"
#include "util/WallClock.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QByteArray(meta.valueToKey(int(method))).toUpper();
}

ApiRequest toApiRequest(const QHttpServerRequest& request) {
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyEncoded);
    api.query = request.query();
    api.body = request.body();
    api.authorization = request.value("Authorization");
    api.siteKey = request.value("X-Site-Key");
    api.remoteAddress = request.remoteAddress();
    api.forwardedFor = request.value("X-Forwarded-For").left(256);
    return api;
}

} // namespace

HttpServer::HttpServer(QByteArray nodeName, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_nodeName(std::move(nodeName)) {}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    // First thing: the closer to the socket, the better clock offsets are measured.
    const qint64 receivedUs = WallClock::nowUs();
    const metrics::RequestTimer::Clock::time_point started = metrics::RequestTimer::Clock::now();
    // The request is complete: its timeout stops until the answer is out.
    if (ConnectionGuard* guard = ConnectionGuard::of(socket))
        guard->requestArrived();
    PendingReply reply(makeResponder(request, socket), m_nodeName);
    ApiRequest api = toApiRequest(request);
    api.receivedUs = receivedUs;
    const HttpRouter::Outcome outcome = m_router.match(api.method, api.path);
    const auto* match = std::get_if<HttpRouter::Match>(&outcome);
    if (m_durations)
        reply.timeWith(timerFor(match), started);
    if (api.body.size() > m_maxBodyBytes) {
        reply.send(ApiResponse::error(413, u"payload_too_large"_s,
                                      tr("request body of %1 bytes exceeds the limit of %2 bytes")
                                          .arg(api.body.size())
                                          .arg(m_maxBodyBytes)));
        return true;
    }
    if (match) {
        api.pathParams = match->params;
        (*match->handler)(api, reply);
        if (!reply.isSent())
            reply.answerLater();
    } else if (const auto* notAllowed = std::get_if<HttpRouter::MethodNotAllowed>(&outcome)) {
        ApiResponse response =
            ApiResponse::error(405, u"method_not_allowed"_s,
                               tr("%1 is not allowed on %2; use %3")
                                   .arg(QString::fromLatin1(api.method), api.path,
                                        QString::fromLatin1(notAllowed->allowed.join(", "))));
        response.headers.append(qMakePair(QByteArray("Allow"), notAllowed->allowed.join(", ")));
        reply.send(response);
    } else {
        reply.send(ApiResponse::error(404, u"not_found"_s, tr("no such endpoint: %1").arg(api.path)));
    }
    return true;
}

metrics::RequestTimer* HttpServer::timerFor(const HttpRouter::Match* match) {
    if (!match) {
        if (!m_unmatchedTimer)
            m_unmatchedTimer =
                std::make_unique<metrics::RequestTimer>(*m_durations, u"any"_s, u"unmatched"_s);
        return m_unmatchedTimer.get();
    }
    if (m_timers.size() < m_router.routeCount())
        m_timers.resize(m_router.routeCount());
    std::unique_ptr<metrics::RequestTimer>& timer = m_timers[match->route];
    if (!timer)
        timer = std::make_unique<metrics::RequestTimer>(
            *m_durations, QString::fromLatin1(m_router.method(match->route)), m_router.pattern(match->route));
    return timer.get();
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    // handleRequest answers everything; this only runs if that ever changes.
    PendingReply(makeResponder(request, socket), m_nodeName)
        .send(ApiResponse::error(404, u"not_found"_s, tr("no such endpoint")));
}

} // namespace lk
