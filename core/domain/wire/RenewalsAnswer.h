#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lk {

// One grant or renewal this node served, as the HA wizard shows it: which
// component came, and whether a load balancer forwarded it.
struct RenewalRecord {
    enum class Kind { Grant, Renewal };
    Kind kind = Kind::Renewal;
    qint64 sequence = 0; // given by the log: 1, 2, 3... since the node started
    qint64 atMs = 0;     // this node's clock
    QString leaseId;
    QString component;
    QString instance;
    QString host;
    // The X-Forwarded-For header as received: set by a load balancer (the
    // configurations of `lb-config` add it), empty for a direct request. It
    // only informs the administrator; nothing is decided on it.
    QString forwardedFor;
    QString peerAddress;
};

namespace wire {

// GET /api/v1/renewals?after=N (schemas RecentRenewals and RenewalRecord).
struct RenewalsAnswer {
    QString node;
    qint64 lastSequence = 0; // ask with after=lastSequence next time
    QList<RenewalRecord> renewals;

    QJsonObject toJson() const;
    // Fails only when `renewals` is not an array; records are read leniently.
    static Result<RenewalsAnswer> fromJson(const QJsonObject& json);
};

} // namespace wire
} // namespace lk
