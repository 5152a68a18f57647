#include "SimulatorProcess.h"

#include "ServerProcess.h"

#include <QJsonDocument>
#include <QTest>

namespace lk::test {

void SimulatorProcess::start(const QStringList& arguments) {
    m_process.start(
        ServerProcess::binary(QStringLiteral("leasekeeper-ctl")),
        QStringList{QStringLiteral("component"), QStringLiteral("run"), QStringLiteral("--json")} +
            arguments);
}

QJsonObject SimulatorProcess::waitForEvent(const QString& name, int timeoutMs) {
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

int SimulatorProcess::waitForExit(int timeoutMs) {
    const bool done = QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    readLines();
    return done && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QList<QJsonObject> SimulatorProcess::events() {
    readLines();
    return m_events;
}

SimulatorProcess::~SimulatorProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SimulatorProcess::readLines() {
    while (m_process.canReadLine())
        m_events << QJsonDocument::fromJson(m_process.readLine()).object();
}

} // namespace lk::test
