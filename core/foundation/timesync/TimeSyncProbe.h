#pragma once

#include "timesync/TimeSync.h"
#include "timesync/TimeSyncCommand.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace lk {

// Finds out whether this host's clock is synchronised by running the
// platform's programs (TimeSyncCommand) one after the other until one gives
// a verdict, and keeps the answer. Runs them asynchronously (a slow or hung
// program never holds up the event loop) and again every minute, so that
// current() is always immediate.
class TimeSyncProbe final : public QObject {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 60 * 1000;
    static constexpr int kCommandTimeoutMs = 5000;

    explicit TimeSyncProbe(QObject* parent = nullptr);
    explicit TimeSyncProbe(QList<TimeSyncCommand> commands, QObject* parent = nullptr);
    ~TimeSyncProbe() override;

    // How long one program may take before it is killed and the next tried.
    void setCommandTimeoutMs(int ms) { m_commandTimeoutMs = ms; }

    // Checks now, then every `refreshMs`.
    void start(int refreshMs = kRefreshMs);
    // Checks now unless a check is running.
    void refresh();

    // The last verdict; before the first check ends, source "unknown" and
    // "not checked yet".
    const TimeSync& current() const { return m_current; }
    bool isChecking() const { return m_process != nullptr; }

Q_SIGNALS:
    void updated(const lk::TimeSync& sync);

private:
    void tryCommand(qsizetype index);
    void failed(qsizetype index, const QString& why);
    void conclude(const TimeSync& sync);

    QList<TimeSyncCommand> m_commands;
    QStringList m_tried;           // "program: why it gave no verdict", for the detail
    QProcess* m_process = nullptr; // the running check, a child of this probe
    QTimer m_refresh;
    int m_commandTimeoutMs = kCommandTimeoutMs;
    TimeSync m_current;
};

} // namespace lk
