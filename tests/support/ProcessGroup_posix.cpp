#include "ProcessGroup.h"

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

} // namespace lk::test
