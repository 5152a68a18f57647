#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

namespace lk::test {

// A real leasekeeper-server process, for tests that need real processes and
// real signals; killed when destroyed.
class ServerProcess {
public:
    // `name` in $LEASEKEEPER_BIN_DIR, where ctest's tests find the built programs.
    static QString binary(const QString& name);
    // The faketime program (package faketime), or empty.
    static QString faketime();
    // The arguments of a node on 127.0.0.1 named `nodeName` whose files are in
    // `dir`: data there, license.json, issuer.pub and admin.token.
    static QStringList nodeArguments(const QString& dir, const QString& nodeName);

    // Starts the server with `arguments` plus --port (0: any free port) and
    // waits until its log names the port it listens on. Returns 0 when it did
    // not come up.
    quint16 start(const QStringList& arguments, quint16 port = 0);
    // The same with the server's clock shifted by libfaketime, `shift` as in
    // `faketime -f` ("+3s", "-90s").
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
    quint16 startShifted(const QString& shift, const QStringList& arguments, quint16 port = 0);

    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    // SIGKILL (to the whole group of a shifted server): no chance to flush or close anything.
    void kill();
    // SIGTERM; true when it exited normally within 10 s, with its exit code in `exitCode`.
    bool terminate(int* exitCode);
    // Everything it wrote so far (stdout and stderr).
    QByteArray log();
    ~ServerProcess();

private:
    quint16 launch(const QString& program, const QStringList& arguments);

    QProcess m_process;
    QByteArray m_log;
    bool m_ownGroup = false;
};

} // namespace lk::test
