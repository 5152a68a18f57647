// The Service Control Manager calls behind --service install, uninstall,
// start and stop.
#include "service/WindowsServiceManager.h"

#include <QElapsedTimer>
#include <QThread>
#include <string>
#include <vector>
#include <windows.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr int kWaitMs = 60000;
constexpr unsigned long kPollMs = 250;

// Closes a Service Control Manager handle when it goes out of scope.
class ScHandle {
public:
    explicit ScHandle(SC_HANDLE handle)
        : m_handle(handle) {}
    ~ScHandle() {
        if (m_handle)
            ::CloseServiceHandle(m_handle);
    }
    ScHandle(const ScHandle&) = delete;
    ScHandle& operator=(const ScHandle&) = delete;
    SC_HANDLE get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

private:
    SC_HANDLE m_handle;
};

std::wstring wide(const QString& text) {
    return text.toStdWString();
}

Error systemError(const QString& what, DWORD code) {
    return makeError(u"service"_s, u"%1: %2"_s.arg(what, qt_error_string(int(code))));
}

Error managerError(DWORD code) {
    if (code == ERROR_ACCESS_DENIED)
        return makeError(u"service"_s, WindowsServiceManager::tr(
                                           "the Service Control Manager refused access: run this from a "
                                           "command prompt started as administrator"));
    return systemError(WindowsServiceManager::tr("cannot open the Service Control Manager"), code);
}

Error openError(const QString& name, DWORD code) {
    if (code == ERROR_SERVICE_DOES_NOT_EXIST)
        return makeError(
            u"service"_s,
            WindowsServiceManager::tr("no service named %1 is installed (--service install)").arg(name));
    if (code == ERROR_ACCESS_DENIED)
        return managerError(code);
    return systemError(WindowsServiceManager::tr("cannot open the service %1").arg(name), code);
}

Result<SERVICE_STATUS_PROCESS> queryStatus(SC_HANDLE service) {
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    if (!::QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&status),
                                sizeof(status), &needed))
        return systemError(WindowsServiceManager::tr("cannot query the service's state"), ::GetLastError());
    return status;
}

// Polls until the service leaves `pendingState`; returns the state it reached.
Result<SERVICE_STATUS_PROCESS> waitWhile(SC_HANDLE service, DWORD pendingState) {
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto status = queryStatus(service);
        if (!status || status->dwCurrentState != pendingState || waited.elapsed() > kWaitMs)
            return status;
        QThread::msleep(kPollMs);
    }
}

QString exitCodeText(const SERVICE_STATUS_PROCESS& status) {
    return status.dwWin32ExitCode == ERROR_SERVICE_SPECIFIC_ERROR
               ? QString::number(status.dwServiceSpecificExitCode)
               : qt_error_string(int(status.dwWin32ExitCode));
}

Status registerEventSource(const ServiceDefinition& service) {
    HKEY key = nullptr;
    const std::wstring path = wide(service.eventSourceKey());
    LSTATUS result = ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                       KEY_SET_VALUE, nullptr, &key, nullptr);
    if (result != ERROR_SUCCESS)
        return systemError(
            WindowsServiceManager::tr("cannot register the event log source %1").arg(service.name),
            DWORD(result));
    // The message texts are a resource of the program (EventLogMessages.mc).
    const std::wstring file = wide(service.program);
    const DWORD types = EVENTLOG_ERROR_TYPE | EVENTLOG_WARNING_TYPE | EVENTLOG_INFORMATION_TYPE;
    result = ::RegSetValueExW(key, L"EventMessageFile", 0, REG_EXPAND_SZ,
                              reinterpret_cast<const BYTE*>(file.c_str()),
                              DWORD((file.size() + 1) * sizeof(wchar_t)));
    if (result == ERROR_SUCCESS)
        result = ::RegSetValueExW(key, L"TypesSupported", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&types),
                                  sizeof(types));
    ::RegCloseKey(key);
    if (result != ERROR_SUCCESS)
        return systemError(
            WindowsServiceManager::tr("cannot register the event log source %1").arg(service.name),
            DWORD(result));
    return {};
}

void configure(SC_HANDLE handle, const ServiceDefinition& service) {
    std::wstring description = wide(service.description());
    SERVICE_DESCRIPTIONW describe{description.data()};
    ::ChangeServiceConfig2W(handle, SERVICE_CONFIG_DESCRIPTION, &describe);

    std::vector<SC_ACTION> actions;
    for (int delay : ServiceDefinition::kRestartDelaysMs)
        actions.push_back(SC_ACTION{SC_ACTION_RESTART, DWORD(delay)});
    SERVICE_FAILURE_ACTIONSW failure{};
    failure.dwResetPeriod = ServiceDefinition::kFailureResetSeconds;
    failure.cActions = DWORD(actions.size());
    failure.lpsaActions = actions.data();
    ::ChangeServiceConfig2W(handle, SERVICE_CONFIG_FAILURE_ACTIONS, &failure);
    // Also after a clean exit with an error code (the server could not start).
    SERVICE_FAILURE_ACTIONS_FLAG flag{TRUE};
    ::ChangeServiceConfig2W(handle, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, &flag);
}

Result<QString> stopService(SC_HANDLE service, const QString& name) {
    SERVICE_STATUS ignored{};
    if (!::ControlService(service, SERVICE_CONTROL_STOP, &ignored)) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_SERVICE_NOT_ACTIVE)
            return WindowsServiceManager::tr("the service %1 is not running").arg(name);
        return systemError(WindowsServiceManager::tr("cannot stop the service %1").arg(name), code);
    }
    auto status = waitWhile(service, SERVICE_STOP_PENDING);
    if (!status)
        return status.error();
    if (status->dwCurrentState != SERVICE_STOPPED)
        return makeError(u"service"_s, WindowsServiceManager::tr("the service %1 did not stop within %2 s")
                                           .arg(name)
                                           .arg(kWaitMs / 1000));
    return WindowsServiceManager::tr("the service %1 has stopped").arg(name);
}

} // namespace

Result<QString> WindowsServiceManager::install(const ServiceDefinition& service) {
    ScHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CREATE_SERVICE));
    if (!manager)
        return managerError(::GetLastError());
    const std::wstring name = wide(service.name);
    const std::wstring display = wide(service.displayName());
    const std::wstring commandLine = wide(service.commandLine());
    ScHandle handle(::CreateServiceW(manager.get(), name.c_str(), display.c_str(), SERVICE_ALL_ACCESS,
                                     SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START, SERVICE_ERROR_NORMAL,
                                     commandLine.c_str(), nullptr, nullptr, nullptr, nullptr, nullptr));
    if (!handle) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_SERVICE_EXISTS || code == ERROR_DUPLICATE_SERVICE_NAME)
            return makeError(u"service"_s,
                             tr("a service named %1 is installed already; remove it with --service "
                                "uninstall or choose another --service-name")
                                 .arg(service.name));
        return systemError(tr("cannot install the service %1").arg(service.name), code);
    }
    configure(handle.get(), service);
    if (auto registered = registerEventSource(service); !registered)
        return registered.error();
    return tr("installed the service %1 (%2), starting automatically with: %3")
        .arg(service.name, service.displayName(), service.commandLine());
}

Result<QString> WindowsServiceManager::uninstall(const QString& name) {
    ScHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return managerError(::GetLastError());
    ScHandle service(
        ::OpenServiceW(manager.get(), wide(name).c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS | DELETE));
    if (!service)
        return openError(name, ::GetLastError());
    auto status = queryStatus(service.get());
    if (status && status->dwCurrentState != SERVICE_STOPPED) {
        if (auto stopped = stopService(service.get(), name); !stopped)
            return stopped.error();
    }
    if (!::DeleteService(service.get()))
        return systemError(tr("cannot remove the service %1").arg(name), ::GetLastError());
    ServiceDefinition definition;
    definition.name = name;
    ::RegDeleteKeyW(HKEY_LOCAL_MACHINE, wide(definition.eventSourceKey()).c_str());
    return tr("removed the service %1").arg(name);
}

Result<QString> WindowsServiceManager::start(const QString& name) {
    ScHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return managerError(::GetLastError());
    ScHandle service(::OpenServiceW(manager.get(), wide(name).c_str(), SERVICE_START | SERVICE_QUERY_STATUS));
    if (!service)
        return openError(name, ::GetLastError());
    if (!::StartServiceW(service.get(), 0, nullptr)) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_SERVICE_ALREADY_RUNNING)
            return tr("the service %1 is running already").arg(name);
        return systemError(tr("cannot start the service %1").arg(name), code);
    }
    auto status = waitWhile(service.get(), SERVICE_START_PENDING);
    if (!status)
        return status.error();
    if (status->dwCurrentState != SERVICE_RUNNING)
        return makeError(u"service"_s,
                         tr("the service %1 did not start (exit code %2); its log (the event log, "
                            "source %1, or --log-file) says why")
                             .arg(name, exitCodeText(status.value())));
    return tr("the service %1 is running (process %2)").arg(name).arg(status->dwProcessId);
}

Result<QString> WindowsServiceManager::stop(const QString& name) {
    ScHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return managerError(::GetLastError());
    ScHandle service(::OpenServiceW(manager.get(), wide(name).c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS));
    if (!service)
        return openError(name, ::GetLastError());
    return stopService(service.get(), name);
}

} // namespace lk
