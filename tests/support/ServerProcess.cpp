#include "ServerProcess.h"

#include "ProcessGroup.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace lk::test {

QString ServerProcess::binary(const QString& name) {
    return qEnvironmentVariable("LEASEKEEPER_BIN_DIR") + QLatin1Char('/') + name;
}

QString ServerProcess::faketime() {
    return QStandardPaths::findExecutable(QStringLiteral("faketime"));
}

QStringList ServerProcess::nodeArguments(const QString& dir, const QString& nodeName) {
    const QDir files(dir);
    return {QStringLiteral("--data-dir"),
            dir,
            QStringLiteral("--license"),
            files.filePath(QStringLiteral("license.json")),
            QStringLiteral("--trust"),
            files.filePath(QStringLiteral("issuer.pub")),
            QStringLiteral("--admin-token-file"),
            files.filePath(QStringLiteral("admin.token")),
            QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--node-name"),
            nodeName};
}

quint16 ServerProcess::start(const QStringList& arguments, quint16 port) {
    m_ownGroup = false;
    return launch(binary(QStringLiteral("leasekeeper-server")),
                  arguments + QStringList{QStringLiteral("--port"), QString::number(port)});
}

quint16 ServerProcess::startShifted(const QString& shift, const QStringList& arguments, quint16 port) {
    m_ownGroup = true;
    removeFaketimeLeftovers();
    startInOwnProcessGroup(m_process);
    return launch(faketime(),
                  QStringList{QStringLiteral("-f"), shift, binary(QStringLiteral("leasekeeper-server"))} +
                      arguments + QStringList{QStringLiteral("--port"), QString::number(port)});
}

quint16 ServerProcess::launch(const QString& program, const QStringList& arguments) {
    m_log.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
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

void ServerProcess::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (m_ownGroup)
        killProcessGroup(m_process.processId());
    m_process.kill();
    m_process.waitForFinished(5000);
    if (m_ownGroup)
        removeFaketimeLeftovers();
}

bool ServerProcess::terminate(int* exitCode) {
    m_process.terminate(); // SIGTERM
    const bool finished = m_process.waitForFinished(10000);
    *exitCode = m_process.exitCode();
    return finished && m_process.exitStatus() == QProcess::NormalExit;
}

QByteArray ServerProcess::log() {
    m_log += m_process.readAll();
    return m_log;
}

ServerProcess::~ServerProcess() {
    kill();
}

} // namespace lk::test
