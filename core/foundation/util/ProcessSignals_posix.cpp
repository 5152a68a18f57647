// POSIX part of ProcessSignals: SIGINT, SIGTERM and (on request) SIGHUP,
// handed to the event loop through a socket pair (the self-pipe pattern).
#include "util/ProcessSignals.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

int g_pipe[2] = {-1, -1};
// What the signals did before, put back when ProcessSignals goes (a process
// started with nohup keeps ignoring SIGHUP afterwards).
struct sigaction g_previous[3] = {};
constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};

void onSignal(int number) {
    // Only async-signal-safe work here: hand the number to the event loop.
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

QString signalName(int number) {
    switch (number) {
    case SIGINT:
        return u"SIGINT"_s;
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGHUP:
        return u"SIGHUP"_s;
    default:
        return u"signal %1"_s.arg(number);
    }
}

void handle(int index) {
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(kSignals[index], &action, &g_previous[index]);
}

} // namespace

ProcessSignals::ProcessSignals(Reload reload, QObject* parent)
    : QObject(parent)
    , m_reload(reload) {
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    m_platform = notifier;
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) != 1)
            return;
        const int number = int(byte);
        if (number == SIGHUP)
            Q_EMIT reloadRequested(signalName(number));
        else
            Q_EMIT shutdownRequested(signalName(number));
    });
    const int handled = m_reload == Reload::Deliver ? 3 : 2;
    for (int index = 0; index < handled; ++index)
        handle(index);
    m_active = true;
}

ProcessSignals::~ProcessSignals() {
    if (!m_active)
        return;
    const int handled = m_reload == Reload::Deliver ? 3 : 2;
    for (int index = 0; index < handled; ++index)
        sigaction(kSignals[index], &g_previous[index], nullptr);
    delete m_platform;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

} // namespace lk
