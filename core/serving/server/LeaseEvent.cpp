#include "server/LeaseEvent.h"

#include "util/EnumNames.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {

LeaseEvent::Kind kindOf(EndReason reason) {
    switch (reason) {
    case EndReason::Released:
        return LeaseEvent::Kind::Released;
    case EndReason::FreedByAdmin:
        return LeaseEvent::Kind::Freed;
    case EndReason::GraceExpired:
        return LeaseEvent::Kind::Expired;
    case EndReason::ReplacedByRestart:
        return LeaseEvent::Kind::Replaced;
    case EndReason::ReclaimedDead:
        return LeaseEvent::Kind::Reclaimed;
    }
    return LeaseEvent::Kind::Released;
}

} // namespace

LeaseEvent LeaseEvent::about(Kind kind, const LeaseRequest& holder, const QString& leaseId) {
    LeaseEvent event;
    event.kind = kind;
    event.leaseId = leaseId;
    event.component = holder.component;
    event.instance = holder.instance;
    event.host = holder.host;
    event.cores = holder.cores;
    return event;
}

LeaseEvent LeaseEvent::of(Kind kind, const Lease& lease) {
    return about(kind, lease.holder, lease.id);
}

LeaseEvent LeaseEvent::ended(const Lease& lease, EndReason reason) {
    LeaseEvent event = of(kindOf(reason), lease);
    event.endReason = reason;
    return event;
}

LeaseEvent LeaseEvent::denied(const LeaseRequest& request, const Denial& denial, const QString& leaseId) {
    LeaseEvent event = about(Kind::Denied, request, leaseId);
    event.denialReason = denial.reason;
    event.detail = denial.message;
    return event;
}

QLatin1StringView LeaseEvent::kindName(Kind kind) {
    static const EnumNames<Kind, QLatin1StringView> kNames{
        {Kind::Granted, "granted"_L1},     {Kind::Renewed, "renewed"_L1}, {Kind::Released, "released"_L1},
        {Kind::Freed, "freed"_L1},         {Kind::Expired, "expired"_L1}, {Kind::Replaced, "replaced"_L1},
        {Kind::Reclaimed, "reclaimed"_L1}, {Kind::Denied, "denied"_L1},
    };
    return kNames.name(kind);
}

QString LeaseEvent::reasonCode() const {
    if (denialReason)
        return lk::reasonCode(*denialReason);
    if (endReason)
        return lk::reasonCode(*endReason);
    return {};
}

} // namespace lk
