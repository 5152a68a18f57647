#pragma once

#include <QProcess>

namespace lk::test {

// The child started next by `process` leads a process group of its own.
void startInOwnProcessGroup(QProcess& process);
// SIGKILL to every process of the group `leader` leads.
void killProcessGroup(qint64 leader);

} // namespace lk::test
