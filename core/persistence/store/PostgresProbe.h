#pragma once

#include "store/PostgresAddress.h"

#include <atomic>

namespace lk {

// Asks the hosts of a PostgreSQL address whether a server answers, before
// libpq connects. libpq's connect blocks its thread for up to connect_timeout
// and nothing can interrupt it; this probe waits in short steps instead and
// gives up as soon as `cancel` is set, so that a node shutting down does not
// wait for a database that is not there. It sends the protocol's SSLRequest,
// which every server answers with one byte and which libpq sends itself.
class PostgresProbe {
    Q_DECLARE_TR_FUNCTIONS(PostgresProbe)

public:
    // Ok when one host answered (or when the address cannot be probed: Unix
    // sockets, hostaddr); otherwise why not, or `cancelled` when `cancel` was
    // set.
    static Status probe(const PostgresAddress& address, int timeoutMs, const std::atomic<bool>& cancel);
    // The connect_timeout libpq gets for `address`, in milliseconds.
    static int connectTimeoutMs(const PostgresAddress& address);

private:
    static Status probeHost(const PostgresAddress::Host& host, int timeoutMs,
                            const std::atomic<bool>& cancel);
};

} // namespace lk
