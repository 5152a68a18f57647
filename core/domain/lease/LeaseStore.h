#pragma once

#include "lease/StoreTransaction.h"

#include <functional>
#include <vector>

namespace lk {

// Persistence for leases and their history. A store is used from exactly one
// thread (the store worker), which owns its database connection.
class LeaseStore {
public:
    virtual ~LeaseStore() = default;

    // Opens the connection and creates or upgrades the schema.
    virtual Status open() = 0;
    virtual QString kind() const = 0;
    // A short human description of where the data lives (no secrets).
    virtual QString location() const = 0;

    using Job = std::function<Status(StoreTransaction&)>;
    // Group commit: runs the jobs in one transaction, each isolated by a
    // savepoint so that one failing job rolls back only its own writes.
    // Returns the per-job statuses, or an error when the commit itself failed
    // (then nothing of the batch is durable).
    virtual Result<std::vector<Status>> runBatch(const std::vector<Job>& jobs) = 0;

    virtual Result<QList<Lease>> allActiveLeases() = 0;
    // Live instances and cores per component type, counted by the database.
    virtual Result<QMap<QString, TypeUsage>> usageByType() = 0;
    // Live leases last renewed before `renewedBeforeMs`, per component type,
    // counted by the database (types without any are left out).
    virtual Result<QMap<QString, int>> overdueByType(qint64 renewedBeforeMs) = 0;
    virtual Result<QList<HistoryEntry>> history(const HistoryQuery& query) = 0;
    // Cheap liveness probe of the database.
    virtual Status ping() = 0;
    // The database's clock minus this host's, as of the last ping; unset for
    // a store that has no clock of its own.
    virtual std::optional<qint64> databaseClockOffsetMs() const { return std::nullopt; }
};

} // namespace lk
