#pragma once

#include <QString>
#include <QStringList>

namespace lk::test {

// What a finished program said.
struct ProcessRun {
    int exitCode = -1; // -1: it did not finish in time, or crashed
    QString out;
    QString err;
};

// Runs `program` with `arguments` (in `workingDirectory` when not empty) and
// waits at most `timeoutMs` for it, turning this thread's event loop
// meanwhile so that a server in the test process keeps answering.
ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const QString& workingDirectory = {}, int timeoutMs = 30000);

// The built leasekeeper-ctl ($LEASEKEEPER_BIN_DIR), run as above.
ProcessRun runCtl(const QStringList& arguments, const QString& workingDirectory = {}, int timeoutMs = 30000);

} // namespace lk::test
