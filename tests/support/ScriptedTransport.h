#pragma once

#include "client/LicenseTransport.h"

#include <QJsonDocument>
#include <deque>

namespace lk::test {

// A transport that holds every request until the test answers it.
class ScriptedTransport final : public LicenseTransport {
public:
    struct Pending {
        TransportRequest request;
        std::function<void(const TransportResponse&)> done;
    };

    void send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) override {
        m_pending.push_back({request, std::move(done)});
        ++m_sent;
    }

    bool hasPending() const { return !m_pending.empty(); }
    int sent() const { return m_sent; }
    const TransportRequest& next() const { return m_pending.front().request; }

    // Answers the oldest pending request.
    void respond(int status, const QJsonObject& json = {}, const QString& error = {}) {
        Pending pending = std::move(m_pending.front());
        m_pending.pop_front();
        pending.done(TransportResponse{status, error, json});
    }
    void refuse() { respond(0, {}, QStringLiteral("Connection refused")); }

private:
    std::deque<Pending> m_pending;
    int m_sent = 0;
};

} // namespace lk::test
