#include "server/AuthRateLimiter.h"

namespace lk {

AuthRateLimiter::AuthRateLimiter(const Clock& clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy) {
    m_policy.maxFailures = qMax(1, m_policy.maxFailures);
    m_policy.maxAddresses = qMax(1, m_policy.maxAddresses);
}

QString AuthRateLimiter::key(const QHostAddress& address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    QHostAddress plain(address);
    plain.setScopeId({});
    return plain.toString();
}

qint64 AuthRateLimiter::retryAfterMs(const QHostAddress& address) const {
    const auto it = m_entries.constFind(key(address));
    if (it == m_entries.cend())
        return 0;
    return qMax<qint64>(0, it->lockedUntilMs - m_clock.nowMs());
}

qint64 AuthRateLimiter::lockoutDurationMs(int lockouts) const {
    qint64 duration = m_policy.lockoutMs;
    for (int i = 1; i < lockouts && duration < m_policy.maxLockoutMs; ++i)
        duration *= 2;
    return qMin(duration, m_policy.maxLockoutMs);
}

AuthRateLimiter::Entry& AuthRateLimiter::entryFor(const QString& key) {
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        m_order.splice(m_order.end(), m_order, it->order);
        return *it;
    }
    while (m_entries.size() >= m_policy.maxAddresses) {
        m_entries.remove(m_order.front());
        m_order.pop_front();
    }
    Entry entry;
    entry.order = m_order.insert(m_order.end(), key);
    return *m_entries.insert(key, entry);
}

std::optional<AuthRateLimiter::Lockout> AuthRateLimiter::recordFailure(const QHostAddress& address) {
    const qint64 now = m_clock.nowMs();
    const QString id = key(address);
    Entry& entry = entryFor(id);
    // Quiet long enough after its last failure (and any lockout): start over.
    if (entry.totalFailures > 0 &&
        now - qMax(entry.lastFailureMs, entry.lockedUntilMs) >= m_policy.forgetAfterMs) {
        const auto order = entry.order;
        entry = Entry{};
        entry.order = order;
    }
    entry.lastFailureMs = now;
    ++entry.totalFailures;
    if (now < entry.lockedUntilMs)
        return std::nullopt; // the caller should not have checked; it changes nothing
    if (entry.lockouts == 0) {
        if (entry.windowFailures == 0 || now - entry.windowStartMs >= m_policy.windowMs) {
            entry.windowStartMs = now;
            entry.windowFailures = 0;
        }
        if (++entry.windowFailures < m_policy.maxFailures)
            return std::nullopt;
    }
    ++entry.lockouts;
    const qint64 duration = lockoutDurationMs(entry.lockouts);
    entry.lockedUntilMs = now + duration;
    return Lockout{id, entry.totalFailures, duration};
}

void AuthRateLimiter::recordSuccess(const QHostAddress& address) {
    const auto it = m_entries.find(key(address));
    if (it == m_entries.end())
        return;
    m_order.erase(it->order);
    m_entries.erase(it);
}

} // namespace lk
