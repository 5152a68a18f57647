#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QUrlQuery>

namespace lk {

// The parts of an HTTP request a handler may look at, copied out of
// QHttpServerRequest (which only lives while the server dispatches it).
struct ApiRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray siteKey; // X-Site-Key, the components' shared secret (optional)
    QHostAddress remoteAddress;
    QByteArray forwardedFor; // X-Forwarded-For, as a load balancer set it (or a client forged it)
    QStringList pathParams; // the {placeholders} of the matched route, in order
    // This host's wall clock (microseconds since the epoch) when the server
    // handed the request over, before any routing: GET /api/v1/time reports it.
    qint64 receivedUs = 0;
};

} // namespace lk
