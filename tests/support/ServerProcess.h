#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

namespace lk::test {

// A real leasekeeper-server process, for tests that need real signals.
class ServerProcess {
public:
    static QString binary(const QString& name) {
        return qEnvironmentVariable("LEASEKEEPER_BIN_DIR") + QLatin1Char('/') + name;
    }

    // Starts the server with `arguments` plus --port (0: any free port) and
    // waits until its log names the port it listens on. Returns 0 when it did
    // not come up.
    quint16 start(const QStringList& arguments, quint16 port = 0) {
        m_log.clear();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary(QStringLiteral("leasekeeper-server")),
                        arguments + QStringList{QStringLiteral("--port"), QString::number(port)});
        static const QRegularExpression listening(QStringLiteral("listening on \\S+ port (\\d+)"));
        QRegularExpressionMatch match;
        const bool up = QTest::qWaitFor(
            [&] {
                m_log += m_process.readAll();
                match = listening.match(QString::fromUtf8(m_log));
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            10000);
        return up && match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    void kill() {
        m_process.kill(); // SIGKILL: no chance to flush or close anything
        m_process.waitForFinished(5000);
    }
    bool terminate(int* exitCode) {
        m_process.terminate(); // SIGTERM
        const bool finished = m_process.waitForFinished(10000);
        *exitCode = m_process.exitCode();
        return finished && m_process.exitStatus() == QProcess::NormalExit;
    }
    QByteArray log() {
        m_log += m_process.readAll();
        return m_log;
    }
    ~ServerProcess() {
        if (m_process.state() != QProcess::NotRunning)
            kill();
    }

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace lk::test
