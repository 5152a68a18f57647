// Windows part of ProcessSignals: console control events. The system calls
// the handler on a thread of its own; the request is queued to the
// ProcessSignals object on its thread.
#include "util/ProcessSignals.h"

#include <QMutex>
#include <QMutexLocker>
#include <windows.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QMutex g_mutex;
ProcessSignals* g_instance = nullptr;

QString eventName(DWORD type) {
    switch (type) {
    case CTRL_C_EVENT:
        return u"Ctrl+C"_s;
    case CTRL_BREAK_EVENT:
        return u"Ctrl+Break"_s;
    case CTRL_CLOSE_EVENT:
        return u"console window closed"_s;
    case CTRL_LOGOFF_EVENT:
        return u"user logoff"_s;
    case CTRL_SHUTDOWN_EVENT:
        return u"system shutdown"_s;
    default:
        return u"console event %1"_s.arg(type);
    }
}

BOOL WINAPI onConsoleEvent(DWORD type) {
    {
        QMutexLocker lock(&g_mutex);
        if (!g_instance)
            return FALSE; // the default handler ends the process
        ProcessSignals* instance = g_instance;
        // Queued with the instance as context: dropped if it is gone by then.
        QMetaObject::invokeMethod(
            instance, [instance, name = eventName(type)] { Q_EMIT instance->shutdownRequested(name); },
            Qt::QueuedConnection);
    }
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT)
        return TRUE;
    // After close, logoff and shutdown the system ends the process as soon
    // as this handler returns. Not returning lets main() finish the queued
    // commits and return, which ends the process; the system still ends it
    // after its own timeout if that takes too long.
    ::Sleep(INFINITE);
    return TRUE;
}

} // namespace

ProcessSignals::ProcessSignals(Reload reload, QObject* parent)
    : QObject(parent)
    , m_reload(reload) {
    QMutexLocker lock(&g_mutex);
    if (g_instance || !::SetConsoleCtrlHandler(onConsoleEvent, TRUE))
        return;
    g_instance = this;
    m_active = true;
}

ProcessSignals::~ProcessSignals() {
    QMutexLocker lock(&g_mutex);
    if (!m_active)
        return;
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
}

} // namespace lk
