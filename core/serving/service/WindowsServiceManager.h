#pragma once

#include "service/ServiceDefinition.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lk {

// --service install|uninstall|start|stop: the calls to the Windows Service
// Control Manager (WindowsServiceManager_win.cpp). Elsewhere every call
// fails with a message pointing to the platform's own service manager
// (WindowsServiceManager_posix.cpp). Each returns what it did, for the
// administrator to read.
class WindowsServiceManager {
    Q_DECLARE_TR_FUNCTIONS(WindowsServiceManager)

public:
    // Registers the service (automatic start, LocalSystem, restart on
    // failure) and the event log source named after it.
    static Result<QString> install(const ServiceDefinition& service);
    // Stops the service if it runs, removes it and its event log source.
    static Result<QString> uninstall(const QString& name);
    // Start and stop wait until the service runs or has stopped.
    static Result<QString> start(const QString& name);
    static Result<QString> stop(const QString& name);
};

} // namespace lk
