#pragma once

#include <QProcess>

namespace lk::test {

// The child started next by `process` leads a process group of its own.
void startInOwnProcessGroup(QProcess& process);
// SIGKILL to every process of the group `leader` leads.
void killProcessGroup(qint64 leader);
// libfaketime's wrapper names a semaphore and a shared memory object after
// its pid and removes them only when it exits on its own: after a SIGKILL
// they stay, and a later wrapper that gets the same pid cannot start
// ("faketime: sem_open: File exists"). Removes those of wrappers that are
// no longer running.
void removeFaketimeLeftovers();

} // namespace lk::test
