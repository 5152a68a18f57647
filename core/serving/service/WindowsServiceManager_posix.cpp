// There is no Service Control Manager outside Windows: leasekeeper-server
// runs under the system's own service manager (systemd on Linux).
#include "service/WindowsServiceManager.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error windowsOnly() {
    return makeError(
        u"windows_only"_s,
        WindowsServiceManager::tr("--service works on Windows only; elsewhere run leasekeeper-server "
                                  "under the system's service manager (systemd on Linux)"));
}

} // namespace

Result<QString> WindowsServiceManager::install(const ServiceDefinition&) {
    return windowsOnly();
}

Result<QString> WindowsServiceManager::uninstall(const QString&) {
    return windowsOnly();
}

Result<QString> WindowsServiceManager::start(const QString&) {
    return windowsOnly();
}

Result<QString> WindowsServiceManager::stop(const QString&) {
    return windowsOnly();
}

} // namespace lk
