#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>

namespace lk {

// A claim on a SQLite file for this process: a lock file beside it
// (PATH.lock) that a second License Manager finds taken, so that two nodes
// never share one file (an HA pair shares a PostgreSQL database). The
// operating system frees the claim when the process dies, however it dies.
class DatabaseFileClaim {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileClaim)

public:
    explicit DatabaseFileClaim(QString databasePath);

    // Takes the claim, or says who holds it. Holding it already is success.
    Status take();
    bool held() const { return m_lock && m_lock->isLocked(); }
    QString lockPath() const { return m_lockPath; }

private:
    Status refusal() const;

    QString m_databasePath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace lk
