#pragma once

#include "ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>

namespace lk::test {

// `leasekeeper-ctl component run --json` as a real process, with its events
// read line by line.
class SimulatorProcess {
public:
    void setEnvironment(const QProcessEnvironment& environment) {
        m_process.setProcessEnvironment(environment);
    }

    void start(const QStringList& arguments);

    // Waits (running the event loop) for an event named `name`; returns it,
    // or an empty object after `timeoutMs`.
    QJsonObject waitForEvent(const QString& name, int timeoutMs = 10000);

    // Exit status once finished within `timeoutMs`, or -1.
    int waitForExit(int timeoutMs = 10000);
    void terminate() { m_process.terminate(); }
    // SIGKILL: a crash, with no chance to release its lease or close its port.
    void kill() {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    qint64 pid() const { return m_process.processId(); }
    QList<QJsonObject> events();
    QByteArray errors() { return m_process.readAllStandardError(); }
    ~SimulatorProcess();

private:
    void readLines();

    QProcess m_process;
    QList<QJsonObject> m_events;
    qsizetype m_consumed = 0;
};

} // namespace lk::test
