#pragma once

#include "util/Clock.h"

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <list>
#include <optional>

namespace lk {

// Slows down guessing of the admin token and the site key, per client
// address: after `maxFailures` failed attempts within `windowMs`, the address
// is locked out for `lockoutMs`; each further failure after a lockout (until
// the address has been quiet for `forgetAfterMs`) doubles the lockout, up to
// `maxLockoutMs`. A success forgets the address. While locked out, the caller
// refuses the address's requests without checking any secret, so guessing
// stops. At most `maxAddresses` are tracked; the least recently failed is
// forgotten first. Time comes from the injected Clock.
//
// Behind a load balancer every request comes from the balancer's address,
// so a lockout then holds for every client behind it.
class AuthRateLimiter {
public:
    struct Policy {
        int maxFailures = 5;
        qint64 windowMs = 60'000;
        qint64 lockoutMs = 60'000;
        qint64 maxLockoutMs = 15 * 60'000;
        qint64 forgetAfterMs = 15 * 60'000;
        int maxAddresses = 10'000;
    };

    // What a failure led to, when it locked the address out.
    struct Lockout {
        QString address;
        int failures = 0; // failed attempts since the address was last forgotten
        qint64 durationMs = 0;
    };

    explicit AuthRateLimiter(const Clock& clock)
        : AuthRateLimiter(clock, Policy{}) {}
    AuthRateLimiter(const Clock& clock, Policy policy);

    // Milliseconds until `address` may try again; 0 when it is not locked out.
    qint64 retryAfterMs(const QHostAddress& address) const;
    // Counts a failed attempt; returns the lockout it starts, if any.
    std::optional<Lockout> recordFailure(const QHostAddress& address);
    void recordSuccess(const QHostAddress& address);

    int trackedAddresses() const { return int(m_entries.size()); }
    const Policy& policy() const { return m_policy; }
    // The key an address is tracked under: IPv4-mapped IPv6 as plain IPv4,
    // no IPv6 scope.
    static QString key(const QHostAddress& address);

private:
    struct Entry {
        int windowFailures = 0;
        qint64 windowStartMs = 0;
        int totalFailures = 0;
        int lockouts = 0;
        qint64 lockedUntilMs = 0;
        qint64 lastFailureMs = 0;
        std::list<QString>::iterator order;
    };
    Entry& entryFor(const QString& key);
    qint64 lockoutDurationMs(int lockouts) const;

    const Clock& m_clock;
    Policy m_policy;
    QHash<QString, Entry> m_entries;
    std::list<QString> m_order; // least recently failed first
};

} // namespace lk
