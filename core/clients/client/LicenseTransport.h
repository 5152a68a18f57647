#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace lk {

struct TransportRequest {
    QByteArray method;
    QUrl url;
    QByteArray body;
};

struct TransportResponse {
    int status = 0;    // 0: no HTTP answer at all
    QString error;     // why there was no answer (or a transport-level problem)
    QJsonObject json;  // body, when it is a JSON object
};

// How a LicenseClient talks to License Managers. HttpTransport is the real
// one; tests script the answers.
class LicenseTransport {
public:
    virtual ~LicenseTransport() = default;
    // `done` is called exactly once, later, on the caller's thread.
    virtual void send(const TransportRequest& request, std::function<void(const TransportResponse&)> done) = 0;
};

} // namespace lk
