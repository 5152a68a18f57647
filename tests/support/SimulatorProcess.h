#pragma once

#include "ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lk::test {

// `leasekeeper-ctl component run --json` as a real process, with its events
// read line by line.
class SimulatorProcess {
public:
    void setEnvironment(const QProcessEnvironment& environment) { m_process.setProcessEnvironment(environment); }

    void start(const QStringList& arguments) {
        m_process.start(ServerProcess::binary(QStringLiteral("leasekeeper-ctl")),
                        QStringList{QStringLiteral("component"), QStringLiteral("run"), QStringLiteral("--json")} +
                            arguments);
    }

    // Waits (running the event loop) for an event named `name`; returns it,
    // or an empty object after `timeoutMs`.
    QJsonObject waitForEvent(const QString& name, int timeoutMs = 10000) {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                readLines();
                for (qsizetype i = m_consumed; i < m_events.size(); ++i) {
                    if (m_events[i].value(QStringLiteral("event")).toString() == name) {
                        found = m_events[i];
                        m_consumed = i + 1;
                        return true;
                    }
                }
                return m_process.state() == QProcess::NotRunning && !m_process.bytesAvailable();
            },
            timeoutMs);
        return found;
    }

    // Exit status once finished within `timeoutMs`, or -1.
    int waitForExit(int timeoutMs = 10000) {
        const bool done = QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        readLines();
        return done && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void terminate() { m_process.terminate(); }
    QList<QJsonObject> events() {
        readLines();
        return m_events;
    }
    QByteArray errors() { return m_process.readAllStandardError(); }
    ~SimulatorProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    void readLines() {
        while (m_process.canReadLine())
            m_events << QJsonDocument::fromJson(m_process.readLine()).object();
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
    qsizetype m_consumed = 0;
};

} // namespace lk::test
