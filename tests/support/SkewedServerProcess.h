#pragma once

#include "ServerProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace lk::test {

// A real leasekeeper-server whose clock is shifted by libfaketime:
// `faketime -f SHIFT leasekeeper-server ...` (package faketime).
//
// faketime forks: it runs the server as its child and waits for it, and it
// passes no signal on, so killing faketime alone would leave the server
// running. The pair therefore runs in a process group of its own, and
// kill() signals the whole group.
//
// Do not set FAKETIME_DONT_FAKE_MONOTONIC=1: with libfaketime 0.9.10 it
// makes timed waits on condition variables return at once, and the server's
// store thread spins at 90% of a core. Faking the monotonic clock too only
// shifts it by the same constant, which timers do not mind.
class SkewedServerProcess {
public:
    static QString faketime() { return QStandardPaths::findExecutable(QStringLiteral("faketime")); }

    // Starts the server shifted by `shift` (e.g. "+3s", "-90s") with
    // `arguments` plus --port; returns the port it listens on, 0 on failure.
    quint16 start(const QString& shift, const QStringList& arguments, quint16 port = 0) {
        m_log.clear();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_process.start(faketime(), QStringList{QStringLiteral("-f"), shift,
                                                ServerProcess::binary(QStringLiteral("leasekeeper-server"))} +
                                        arguments +
                                        QStringList{QStringLiteral("--port"), QString::number(port)});
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

    bool running() const { return m_process.state() == QProcess::Running; }

    // SIGKILL to faketime and the server: no chance to release anything.
    void kill() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(-pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }
    QByteArray log() {
        m_log += m_process.readAll();
        return m_log;
    }
    ~SkewedServerProcess() { kill(); }

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace lk::test
