#include "store/DatabaseFileClaim.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace lk {

DatabaseFileClaim::DatabaseFileClaim(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_lockPath(m_databasePath + u".lock"_s) {}

Status DatabaseFileClaim::take() {
    if (held())
        return {};
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Never stale by age: only when its process is gone (checked by Qt).
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return {};
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, program;
        // A process restarted with the pid of the one that died (the first
        // process of a container) would otherwise wait for itself forever.
        if (m_lock->getLockInfo(&pid, &host, &program) && pid == QCoreApplication::applicationPid() &&
            host == QSysInfo::machineHostName() && m_lock->removeStaleLockFile() && m_lock->tryLock(0))
            return {};
    }
    return refusal();
}

Status DatabaseFileClaim::refusal() const {
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, program;
        const QString holder = m_lock->getLockInfo(&pid, &host, &program)
                                   ? tr("%1 (process %2 on %3)").arg(program, QString::number(pid), host)
                                   : tr("another process");
        return makeError(u"store_in_use"_s,
                         tr("%1 is in use by %2: a SQLite database serves one License Manager. Stop that "
                            "one, or give this node a database of its own (an HA pair shares a PostgreSQL "
                            "database); %3 names the holder")
                             .arg(m_databasePath, holder, m_lockPath));
    }
    case QLockFile::PermissionError:
        return makeError(u"store_error"_s,
                         tr("cannot create %1 beside the database; check the permissions of its directory")
                             .arg(m_lockPath));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return makeError(u"store_error"_s, tr("cannot create %1 to claim the database").arg(m_lockPath));
}

} // namespace lk
