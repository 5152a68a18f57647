#pragma once

#include "store/SqlStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace lk {

// `leasekeeper-ctl store migrate`: moves a single node's SQLite data into the
// PostgreSQL database of an HA pair, and verifies the copy.
class StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // sqlite:PATH (which must exist when `mustExist`) or postgresql://...;
    // the PostgreSQL password from `passwordFile` or LEASEKEEPER_DB_PASSWORD.
    static Result<std::unique_ptr<SqlStore>> openStore(const QString& spec, const QString& passwordFile,
                                                       bool mustExist);
};

} // namespace lk
