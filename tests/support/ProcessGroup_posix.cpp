#include "ProcessGroup.h"

#include <QDir>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace lk::test {

void startInOwnProcessGroup(QProcess& process) {
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

void killProcessGroup(qint64 leader) {
    ::kill(-pid_t(leader), SIGKILL);
}

void removeFaketimeLeftovers() {
    static const QRegularExpression name(QStringLiteral("^(?:sem\\.faketime_sem_|faketime_shm_)(\\d+)$"));
    QDir shm(QStringLiteral("/dev/shm"));
    const QStringList entries = shm.entryList(QDir::Files | QDir::System | QDir::Hidden);
    for (const QString& entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const pid_t owner = pid_t(match.captured(1).toLongLong());
        if (::kill(owner, 0) != 0 && errno == ESRCH)
            shm.remove(entry);
    }
}

} // namespace lk::test
