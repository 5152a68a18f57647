#pragma once

#include <QObject>
#include <QString>

namespace lk {

// Turns the operating system's requests to stop (SIGINT and SIGTERM on
// POSIX; Ctrl+C, Ctrl+Break, closing the console window, logoff and shutdown
// on Windows) into a Qt signal on the event loop's thread, so that a stopped
// server finishes its queued commits and a simulated component releases its
// lease before the process ends. With Reload::Deliver, SIGHUP becomes
// reloadRequested (Windows has no such signal; a service gets a PARAMCHANGE
// control instead, see WindowsServiceHost).
//
// One instance at a time: the handlers are process-wide. Platform parts:
// ProcessSignals_posix.cpp, ProcessSignals_win.cpp.
class ProcessSignals final : public QObject {
    Q_OBJECT

public:
    enum class Reload { Ignore, Deliver };

    explicit ProcessSignals(Reload reload = Reload::Ignore, QObject* parent = nullptr);
    ~ProcessSignals() override;

    // False when the handlers could not be installed (the process then stops
    // the platform's default way, without finishing its work).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // `what` names the request for the log: "SIGTERM", "Ctrl+C", ...
    void shutdownRequested(const QString& what);
    void reloadRequested(const QString& what);

private:
    bool m_active = false;
    Reload m_reload;
    QObject* m_platform = nullptr; // the platform part's helper, a child
};

} // namespace lk
