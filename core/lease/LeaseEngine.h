#pragma once

#include "lease/LeasePolicy.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <optional>
#include <variant>

namespace lk {

using GrantOutcome = std::variant<Lease, Denial>;

struct RenewOutcome {
    enum class Kind { Renewed, UnknownLease, Denied };
    Kind kind = Kind::UnknownLease;
    std::optional<Lease> lease;
    std::optional<Denial> denial;
};

// Applies the licensing rules to a store inside one transaction. Owns no
// thread and no transaction: the caller (the store worker) provides both, so
// the limit check and the write that follows it are atomic.
class LeaseEngine {
    Q_DECLARE_TR_FUNCTIONS(LeaseEngine)

public:
    explicit LeaseEngine(QString nodeName);

    const QString& nodeName() const { return m_nodeName; }

    Result<GrantOutcome> grant(StoreTransaction& tx, const LicenseTerms& terms,
                               const LeaseRequest& request) const;
    Result<RenewOutcome> renew(StoreTransaction& tx, const LicenseTerms& terms, const QString& leaseId) const;
    // Both return false when no such active lease exists.
    Result<bool> release(StoreTransaction& tx, const QString& leaseId) const;
    Result<bool> freeByAdmin(StoreTransaction& tx, const QString& leaseId, const QString& note) const;
    // Ends leases whose grace deadline has passed; returns how many.
    Result<int> reclaimExpired(StoreTransaction& tx) const;

    static QString newLeaseId();

private:
    Result<bool> end(StoreTransaction& tx, const QString& leaseId, EndReason reason,
                     const QString& note) const;

    QString m_nodeName;
};

} // namespace lk
