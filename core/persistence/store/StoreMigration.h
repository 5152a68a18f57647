#pragma once

#include "store/SqlStore.h"

#include <QCoreApplication>
#include <functional>

namespace lk {

// What a store holds, as the migration compares it.
struct StoreCounts {
    qint64 leases = 0; // active and ended
    qint64 activeLeases = 0;
    qint64 denials = 0;
    qint64 auditEntries = 0;
    qint64 usageSamples = 0;

    // No licensing data: nothing a copy would replace. (A node that started on
    // an empty database may already have written audit entries and samples
    // of zero use; those do not count.)
    bool isEmpty() const { return leases == 0 && denials == 0; }
    friend bool operator==(const StoreCounts&, const StoreCounts&) = default;
};

// Moves a License Manager's data to another store (SQLite to PostgreSQL when
// a single node becomes an HA pair): active leases and the whole history, in
// one transaction on the target that is only committed once the copied
// counts match the source's.
class StoreMigration {
    Q_DECLARE_TR_FUNCTIONS(StoreMigration)

public:
    using Progress = std::function<void(qint64 copied, qint64 total)>;
    // Asked between pages of rows; true abandons the copy (nothing is kept).
    using StopRequested = std::function<bool()>;

    static Result<StoreCounts> counts(SqlStore& store);
    // Refuses a target that holds data unless `replace` (then its leases and
    // history are deleted first, in the same transaction).
    static Result<StoreCounts> copy(SqlStore& from, SqlStore& to, bool replace, const Progress& progress,
                                    const StopRequested& stopRequested = {});

private:
    static Result<StoreCounts> copyInTransaction(SqlStore& from, SqlStore& to, bool replace,
                                                 const Progress& progress,
                                                 const StopRequested& stopRequested);
    static Status copyTable(SqlStore& from, SqlStore& to, const QString& table, const QString& columns,
                            const QString& order, qint64* copied, qint64 total, const Progress& progress,
                            const StopRequested& stopRequested);
};

} // namespace lk
