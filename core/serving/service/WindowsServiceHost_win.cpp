// The Service Control Manager's side of leasekeeper-server: the dispatcher
// thread, the control handler, the service's state and the event log.
#include "service/WindowsServiceHost.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <windows.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// How long the SCM should wait before it considers a starting or stopping
// service hung (a stop finishes the store's queued commits first).
constexpr DWORD kStartWaitHintMs = 30000;
constexpr DWORD kStopWaitHintMs = 30000;

// Event IDs of app/leasekeeper-server/EventLogMessages.mc.
constexpr DWORD kInformationEvent = 1;
constexpr DWORD kWarningEvent = 2;
constexpr DWORD kErrorEvent = 3;

// ServiceMain and the control handler are plain callbacks without a
// pointer of ours: what they share with the host lives here. One service
// per process.
struct Shared {
    std::mutex mutex;
    std::condition_variable changed;
    std::thread dispatcher;
    std::wstring name;
    WindowsServiceHost* host = nullptr;
    SERVICE_STATUS_HANDLE statusHandle = nullptr;
    bool serviceMainCalled = false;
    bool dispatcherEnded = false;
    bool stopped = false;
    DWORD dispatcherError = 0;
    DWORD registerError = 0;
    DWORD checkPoint = 0;
};

Shared g_shared;
HANDLE g_eventSource = nullptr;

void setState(DWORD state, int exitCode = 0, DWORD waitHintMs = 0) {
    std::lock_guard lock(g_shared.mutex);
    if (!g_shared.statusHandle)
        return;
    SERVICE_STATUS status{};
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    status.dwControlsAccepted =
        state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_PARAMCHANGE
                                 : 0;
    if (exitCode != 0) {
        status.dwWin32ExitCode = ERROR_SERVICE_SPECIFIC_ERROR;
        status.dwServiceSpecificExitCode = DWORD(exitCode);
    }
    const bool pending = state != SERVICE_RUNNING && state != SERVICE_STOPPED;
    status.dwCheckPoint = pending ? ++g_shared.checkPoint : 0;
    status.dwWaitHint = pending ? waitHintMs : 0;
    ::SetServiceStatus(g_shared.statusHandle, &status);
}

void post(bool stop, const QString& what) {
    std::lock_guard lock(g_shared.mutex);
    WindowsServiceHost* host = g_shared.host;
    if (!host)
        return;
    // Queued to the host's thread; dropped if the host is gone by then.
    QMetaObject::invokeMethod(
        host,
        [host, stop, what] {
            if (stop)
                Q_EMIT host->stopRequested(what);
            else
                Q_EMIT host->reloadRequested(what);
        },
        Qt::QueuedConnection);
}

DWORD WINAPI onControl(DWORD control, DWORD, LPVOID, LPVOID) {
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
        setState(SERVICE_STOP_PENDING, 0, kStopWaitHintMs);
        post(true, control == SERVICE_CONTROL_STOP ? u"service stop"_s : u"system shutdown"_s);
        return NO_ERROR;
    case SERVICE_CONTROL_PARAMCHANGE:
        post(false, u"PARAMCHANGE"_s);
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD, LPWSTR*) {
    const SERVICE_STATUS_HANDLE handle =
        ::RegisterServiceCtrlHandlerExW(g_shared.name.c_str(), onControl, nullptr);
    const DWORD error = handle ? 0 : ::GetLastError();
    {
        std::lock_guard lock(g_shared.mutex);
        g_shared.statusHandle = handle;
        g_shared.registerError = error;
        g_shared.serviceMainCalled = true;
    }
    setState(SERVICE_START_PENDING, 0, kStartWaitHintMs);
    g_shared.changed.notify_all();
    // Returning ends only this thread: the service runs until it reports
    // SERVICE_STOPPED, and then the dispatcher returns.
}

void toEventLog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    WORD eventType = EVENTLOG_INFORMATION_TYPE;
    DWORD eventId = kInformationEvent;
    if (type == QtWarningMsg) {
        eventType = EVENTLOG_WARNING_TYPE;
        eventId = kWarningEvent;
    } else if (type == QtCriticalMsg || type == QtFatalMsg) {
        eventType = EVENTLOG_ERROR_TYPE;
        eventId = kErrorEvent;
    }
    const std::wstring text = qFormatLogMessage(type, context, message).toStdWString();
    LPCWSTR strings[] = {text.c_str()};
    ::ReportEventW(g_eventSource, eventType, 0, eventId, nullptr, 1, 0, strings, nullptr);
}

} // namespace

WindowsServiceHost::WindowsServiceHost(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name) {}

WindowsServiceHost::~WindowsServiceHost() {
    bool running = false;
    {
        std::lock_guard lock(g_shared.mutex);
        g_shared.host = nullptr;
        running = g_shared.statusHandle && !g_shared.stopped;
    }
    if (running)
        reportStopped(1);
    if (g_shared.dispatcher.joinable())
        g_shared.dispatcher.join();
    if (g_eventSource) {
        qInstallMessageHandler(nullptr);
        ::DeregisterEventSource(g_eventSource);
        g_eventSource = nullptr;
    }
}

Status WindowsServiceHost::connectToManager() {
    {
        std::lock_guard lock(g_shared.mutex);
        if (g_shared.dispatcher.joinable())
            return makeError(u"service"_s,
                             tr("this process is connected to the Service Control Manager already"));
        g_shared.host = this;
        g_shared.name = m_name.toStdWString();
    }
    g_shared.dispatcher = std::thread([] {
        SERVICE_TABLE_ENTRYW table[] = {{g_shared.name.data(), serviceMain}, {nullptr, nullptr}};
        const BOOL connected = ::StartServiceCtrlDispatcherW(table);
        const DWORD error = connected ? 0 : ::GetLastError();
        {
            std::lock_guard lock(g_shared.mutex);
            g_shared.dispatcherEnded = true;
            g_shared.dispatcherError = error;
        }
        g_shared.changed.notify_all();
    });
    std::unique_lock lock(g_shared.mutex);
    g_shared.changed.wait(lock, [] { return g_shared.serviceMainCalled || g_shared.dispatcherEnded; });
    if (!g_shared.serviceMainCalled) {
        if (g_shared.dispatcherError == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT)
            return makeError(u"service"_s,
                             tr("--service run is what the Service Control Manager starts; to run "
                                "the server in a console, leave --service out"));
        return makeError(u"service"_s, tr("cannot connect to the Service Control Manager: %1")
                                           .arg(qt_error_string(int(g_shared.dispatcherError))));
    }
    if (!g_shared.statusHandle)
        return makeError(u"service"_s, tr("the Service Control Manager does not know the service %1: %2")
                                           .arg(m_name, qt_error_string(int(g_shared.registerError))));
    return {};
}

void WindowsServiceHost::reportRunning() {
    setState(SERVICE_RUNNING);
}

void WindowsServiceHost::reportStopped(int exitCode) {
    setState(SERVICE_STOPPED, exitCode);
    std::lock_guard lock(g_shared.mutex);
    g_shared.stopped = true;
}

Status WindowsServiceHost::logToEventLog() {
    g_eventSource = ::RegisterEventSourceW(nullptr, m_name.toStdWString().c_str());
    if (!g_eventSource)
        return makeError(u"service"_s, tr("cannot open the event log for the source %1: %2")
                                           .arg(m_name, qt_error_string(int(::GetLastError()))));
    qInstallMessageHandler(toEventLog);
    return {};
}

} // namespace lk
