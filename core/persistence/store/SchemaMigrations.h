#pragma once

#include "store/SqlStore.h"

namespace lk {

// The words in which SQLite and PostgreSQL differ for LeaseKeeper's schema.
struct SqlDialect {
    enum class Engine { Sqlite, Postgres };
    Engine engine;
    QString bigInteger;       // milliseconds since the epoch
    QString serialPrimaryKey; // a numbered row id
    QString randomId;         // an expression for a new cluster id
};

// The blocks by which leases' deadline and change number are indexed
// (schema version 9): a query finds rows by block, then by the exact value.
inline constexpr qint64 kDeadlineBlockMs = 3'600'000;
inline constexpr qint64 kChangeBlockSize = 1024;

// The versioned schema, written once for every store. A new version is a new
// entry at the end; an entry once released never changes.
QList<Migration> schemaMigrations(const SqlDialect& dialect);

} // namespace lk
