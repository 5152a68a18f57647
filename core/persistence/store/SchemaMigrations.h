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

// The versioned schema, written once for every store. A new version is a new
// entry at the end; an entry once released never changes.
QList<Migration> schemaMigrations(const SqlDialect& dialect);

} // namespace lk
