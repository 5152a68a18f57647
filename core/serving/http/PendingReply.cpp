#include "http/PendingReply.h"

#include "http/ResponseBytes.h"

#include <QHttpServerResponder>

namespace lk {

PendingReply::PendingReply(QHttpServerResponder&& responder, QByteArray nodeName)
    : m_state(std::make_shared<State>()) {
    m_state->socket = responder.socket();
    m_state->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_state->nodeName = std::move(nodeName);
}

bool PendingReply::clientConnected() const {
    return m_state->socket && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

void PendingReply::send(const ApiResponse& response) const {
    State& state = *m_state;
    if (state.sent)
        return;
    state.sent = true;
    // Counted even when the client has gone: the work was done all the same.
    if (state.timer)
        state.timer->observe(response.status, metrics::RequestTimer::Clock::now() - state.started);
    // The client may have hung up while we worked: then there is nobody to answer.
    if (!clientConnected())
        return;
    state.delivered = true;
    if (const auto bytes = ResponseBytes::of(response, state.nodeName)) {
        state.socket->write(*bytes);
        if (state.answeredLater)
            state.socket->flush();
        return;
    }
    QHttpServerResponder& responder = *state.responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("X-License-Manager-Node", state.nodeName);
    responder.writeHeader("Cache-Control", "no-store");
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace lk
