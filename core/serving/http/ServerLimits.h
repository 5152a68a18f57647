#pragma once

#include <QtGlobal>
#include <chrono>

namespace lk {

// What one License Manager node tolerates from its clients, enforced per
// connection by ConnectionGuard before QHttpServer (which has no limits of
// its own in Qt 6.4) sees a byte. Defaults live here and nowhere else.
struct ServerLimits {
    static constexpr qint64 kDefaultMaxRequestBytes = 1024 * 1024;
    static constexpr qint64 kMinRequestBytes = 1024;
    static constexpr qint64 kMaxRequestBytes = qint64(1024) * 1024 * 1024;
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    static constexpr int kDefaultMaxConnections = 1000;
    static constexpr int kMaxConnectionsCeiling = 1000000;
    static constexpr std::chrono::milliseconds kDefaultIdleTimeout{30000};
    static constexpr std::chrono::milliseconds kDefaultRequestTimeout{10000};

    // One request, request line and headers and body together; beyond it the
    // client gets a canned 413 and the connection is closed without reading on.
    qint64 maxRequestBytes = kDefaultMaxRequestBytes;
    // The request line and headers alone (431 beyond it).
    qint64 maxHeaderBytes = kMaxHeaderBytes;
    // A connection without a request in progress and without traffic is closed.
    std::chrono::milliseconds idleTimeout = kDefaultIdleTimeout;
    // From the first byte of a request (or of a TLS handshake) to its last.
    std::chrono::milliseconds requestTimeout = kDefaultRequestTimeout;
    // Open connections, TLS handshakes included; beyond it a canned 503.
    int maxConnections = kDefaultMaxConnections;
    // How long a connection refused with a canned answer is drained before it
    // is closed, so that the client reads the answer instead of a reset.
    std::chrono::milliseconds lingerTimeout{1000};
};

} // namespace lk
