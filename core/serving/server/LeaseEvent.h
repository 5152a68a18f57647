#pragma once

#include "lease/LeasePolicy.h"

#include <QLatin1StringView>
#include <optional>

namespace lk {

// Something that happened to a lease, reported by LeaseService on its
// thread once the write that did it is committed (a renewal answered from
// memory: once it is answered, see LeaseService::renew). Metrics count these and
// the event log writes one line each; nothing else in the request path
// needs to know about either.
struct LeaseEvent {
    enum class Kind { Granted, Renewed, Released, Freed, Expired, Replaced, Reclaimed, Denied };

    Kind kind = Kind::Granted;
    QString leaseId; // empty for a refused grant
    QString component;
    QString instance;
    QString host;
    int cores = 0;
    std::optional<EndReason> endReason;       // released, freed, expired, replaced
    std::optional<DenialReason> denialReason; // denied
    QString detail; // the denial's message, the admin's note, or the evidence of a reclaim

    static LeaseEvent of(Kind kind, const Lease& lease);
    static LeaseEvent ended(const Lease& lease, EndReason reason);
    static LeaseEvent denied(const LeaseRequest& request, const Denial& denial, const QString& leaseId = {});

    // "granted", "renewed", ... as logs and docs spell them.
    static QLatin1StringView kindName(Kind kind);
    // The API's reason code ("released", "core_limit", ...), empty for
    // grants and renewals.
    QString reasonCode() const;

private:
    // The event's lease and who holds (or asked for) it.
    static LeaseEvent about(Kind kind, const LeaseRequest& holder, const QString& leaseId);
};

} // namespace lk
