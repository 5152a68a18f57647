#include "server/LeaseEvent.h"

using namespace Qt::StringLiterals;

namespace lk {

LeaseEvent LeaseEvent::of(Kind kind, const Lease& lease) {
    LeaseEvent event;
    event.kind = kind;
    event.leaseId = lease.id;
    event.component = lease.holder.component;
    event.instance = lease.holder.instance;
    event.host = lease.holder.host;
    event.cores = lease.holder.cores;
    return event;
}

LeaseEvent LeaseEvent::ended(const Lease& lease, EndReason reason) {
    Kind kind = Kind::Released;
    switch (reason) {
    case EndReason::Released:
        kind = Kind::Released;
        break;
    case EndReason::FreedByAdmin:
        kind = Kind::Freed;
        break;
    case EndReason::GraceExpired:
        kind = Kind::Expired;
        break;
    case EndReason::ReplacedByRestart:
        kind = Kind::Replaced;
        break;
    }
    LeaseEvent event = of(kind, lease);
    event.endReason = reason;
    return event;
}

LeaseEvent LeaseEvent::denied(const LeaseRequest& request, const Denial& denial, const QString& leaseId) {
    LeaseEvent event;
    event.kind = Kind::Denied;
    event.leaseId = leaseId;
    event.component = request.component;
    event.instance = request.instance;
    event.host = request.host;
    event.cores = request.cores;
    event.denialReason = denial.reason;
    event.detail = denial.message;
    return event;
}

QLatin1StringView LeaseEvent::kindName(Kind kind) {
    switch (kind) {
    case Kind::Granted:
        return "granted"_L1;
    case Kind::Renewed:
        return "renewed"_L1;
    case Kind::Released:
        return "released"_L1;
    case Kind::Freed:
        return "freed"_L1;
    case Kind::Expired:
        return "expired"_L1;
    case Kind::Replaced:
        return "replaced"_L1;
    case Kind::Denied:
        return "denied"_L1;
    }
    return "unknown"_L1;
}

QString LeaseEvent::reasonCode() const {
    if (denialReason)
        return lk::reasonCode(*denialReason);
    if (endReason)
        return lk::reasonCode(*endReason);
    return {};
}

} // namespace lk
