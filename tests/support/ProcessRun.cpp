#include "ProcessRun.h"

#include "ServerProcess.h"

#include <QProcess>
#include <QTest>

namespace lk::test {

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QString& workingDirectory,
                      int timeoutMs) {
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProcessRun run;
    const bool finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ProcessRun runCtl(const QStringList& arguments, const QString& workingDirectory, int timeoutMs) {
    return runProcess(ServerProcess::binary(QStringLiteral("leasekeeper-ctl")), arguments, workingDirectory,
                      timeoutMs);
}

} // namespace lk::test
