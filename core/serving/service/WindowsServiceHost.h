#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

namespace lk {

// leasekeeper-server started by the Windows Service Control Manager
// (`--service run`): connects to the SCM from a thread of its own
// (StartServiceCtrlDispatcher blocks it) while the Qt event loop runs on
// the main thread, reports the service's state, and turns the SCM's
// controls into signals on the event loop's thread: STOP and SHUTDOWN
// into stopRequested, PARAMCHANGE (sc.exe control NAME paramchange) into
// reloadRequested. Log messages can go to the Windows event log.
//
// WindowsServiceHost_win.cpp; elsewhere connectToManager() fails
// (WindowsServiceHost_posix.cpp).
class WindowsServiceHost final : public QObject {
    Q_OBJECT

public:
    explicit WindowsServiceHost(const QString& name, QObject* parent = nullptr);
    ~WindowsServiceHost() override;

    // Waits until the SCM has started the service (state START_PENDING).
    // Fails when the process was not started by the SCM.
    Status connectToManager();
    void reportRunning();
    // The last call: the SCM then considers the process finished.
    void reportStopped(int exitCode);
    // Qt's log messages go to the Windows event log, source = service name.
    Status logToEventLog();

Q_SIGNALS:
    void stopRequested(const QString& what);
    void reloadRequested(const QString& what);

private:
    QString m_name;
};

} // namespace lk
