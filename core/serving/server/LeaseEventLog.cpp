#include "server/LeaseEventLog.h"

#include "log/LogCategories.h"

using namespace Qt::StringLiterals;

namespace lk {

void LeaseEventLog::write(const LeaseEvent& event) {
    const QLoggingCategory& category = lcLease();
    // Checked first: a renewal costs nothing here unless debug is on.
    const bool renewal = event.kind == LeaseEvent::Kind::Renewed;
    const bool denial = event.kind == LeaseEvent::Kind::Denied;
    if (renewal  ? !category.isDebugEnabled()
        : denial ? !category.isWarningEnabled()
                 : !category.isInfoEnabled())
        return;
    const LogFields eventFields = fields(event);
    const ScopedLogFields scope(eventFields);
    if (renewal)
        qCDebug(lcLease).noquote() << message(event);
    else if (denial)
        qCWarning(lcLease).noquote() << message(event);
    else
        qCInfo(lcLease).noquote() << message(event);
}

QString LeaseEventLog::message(const LeaseEvent& event) {
    switch (event.kind) {
    case LeaseEvent::Kind::Granted:
        return tr("granted lease %1 to %2 instance %3 on host %4 (cores: %5)")
            .arg(event.leaseId, event.component, event.instance, event.host)
            .arg(event.cores);
    case LeaseEvent::Kind::Renewed:
        return tr("renewed lease %1 of %2 instance %3 on host %4")
            .arg(event.leaseId, event.component, event.instance, event.host);
    case LeaseEvent::Kind::Denied:
        // The denial's message comes from our own policy and names the limit.
        if (event.leaseId.isEmpty())
            return tr("denied a lease to %1 instance %2 on host %3 (cores: %4): %5: %6")
                .arg(event.component, event.instance, event.host)
                .arg(event.cores)
                .arg(event.reasonCode(), event.detail);
        return tr("denied renewing lease %1 of %2 instance %3 on host %4: %5: %6")
            .arg(event.leaseId, event.component, event.instance, event.host, event.reasonCode(),
                 event.detail);
    case LeaseEvent::Kind::Freed:
    case LeaseEvent::Kind::Reclaimed:
        if (!event.detail.isEmpty()) // the administrator's words, kept on one line
            return tr("lease %1 of %2 instance %3 on host %4 ended: %5 (note: %6)")
                .arg(event.leaseId, event.component, event.instance, event.host, event.reasonCode(),
                     event.detail.simplified());
        break;
    case LeaseEvent::Kind::Released:
    case LeaseEvent::Kind::Expired:
    case LeaseEvent::Kind::Replaced:
        break;
    }
    return tr("lease %1 of %2 instance %3 on host %4 ended: %5")
        .arg(event.leaseId, event.component, event.instance, event.host, event.reasonCode());
}

LogFields LeaseEventLog::fields(const LeaseEvent& event) {
    LogFields fields;
    fields.add("event"_L1, LeaseEvent::kindName(event.kind));
    if (!event.leaseId.isEmpty())
        fields.add("lease_id"_L1, event.leaseId);
    fields.add("component"_L1, event.component)
        .add("instance"_L1, event.instance)
        .add("host"_L1, event.host)
        .add("cores"_L1, event.cores);
    if (const QString reason = event.reasonCode(); !reason.isEmpty())
        fields.add("reason"_L1, reason);
    if (!event.detail.isEmpty())
        fields.add(event.kind == LeaseEvent::Kind::Denied ? "denial"_L1 : "note"_L1, event.detail);
    return fields;
}

} // namespace lk
