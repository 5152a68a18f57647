// No Service Control Manager outside Windows: `--service run` is refused.
#include "service/WindowsServiceHost.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error windowsOnly() {
    return makeError(u"windows_only"_s,
                     WindowsServiceHost::tr("--service run is what the Windows Service Control Manager "
                                            "starts; there is none on this system"));
}

} // namespace

WindowsServiceHost::WindowsServiceHost(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name) {}

WindowsServiceHost::~WindowsServiceHost() = default;

Status WindowsServiceHost::connectToManager() {
    return windowsOnly();
}

void WindowsServiceHost::reportRunning() {}

void WindowsServiceHost::reportStopped(int exitCode) {
    static_cast<void>(exitCode);
}

Status WindowsServiceHost::logToEventLog() {
    return windowsOnly();
}

} // namespace lk
