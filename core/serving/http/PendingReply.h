#pragma once

#include "http/ApiResponse.h"
#include "metrics/RequestTimer.h"

#include <QPointer>
#include <QTcpSocket>
#include <memory>

class QHttpServerResponder;

namespace lk {

// The way back to a client whose answer is computed later. QHttpServer 6.4
// crashes when a QFuture-returning route outlives its client, so we keep the
// responder ourselves and write only if the socket is still connected.
// Copies share one reply; the first send() wins. Use on the server's thread.
class PendingReply {
public:
    PendingReply(QHttpServerResponder&& responder, QByteArray nodeName);

    void send(const ApiResponse& response) const;
    bool isSent() const { return m_state->sent; }
    // Whether send() wrote the answer; false after send() when the client had
    // hung up and the answer was dropped.
    bool delivered() const { return m_state->delivered; }
    // Whether the client is still there to be answered.
    bool clientConnected() const;
    // Called once the request's handler has returned without answering: the
    // answer will come from a queued call (the store's, the memory's), and
    // send() then writes it to the wire at once instead of leaving it to
    // the socket's write notifier, a turn of the event loop later. (An
    // answer sent inside the handler is better left to the notifier: two
    // runs each way, about 35,000 pings/s flushed against 41,000 not.)
    void answerLater() const { m_state->answeredLater = true; }
    // send() reports the time since `started` to `timer` (which must outlive
    // this reply), with the answer's status.
    void timeWith(metrics::RequestTimer* timer, metrics::RequestTimer::Clock::time_point started) {
        m_state->timer = timer;
        m_state->started = started;
    }

private:
    struct State {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QByteArray nodeName;
        bool sent = false;
        metrics::RequestTimer* timer = nullptr;
        metrics::RequestTimer::Clock::time_point started;
        bool delivered = false;
        bool answeredLater = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace lk
