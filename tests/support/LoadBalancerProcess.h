#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace lk::test {

// A real haproxy or nginx: found where Debian installs it, checked once
// (`haproxy -c`, `nginx -t`) or run in the foreground for a live test. Every
// path nginx writes (pid, error log, prefix) stays in the test's folder.
class LoadBalancerProcess {
public:
    struct Checked {
        int exitCode = -1;
        QString output;
    };

    // CI installs haproxy and nginx (scripts/install-deps.sh): a missing
    // program is a broken test machine, so tests QFAIL with this, not skip.
    static QString find(const QString& name) {
        QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(
                name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        return path;
    }
    static QByteArray missing(const QString& name) {
        return QStringLiteral(
                   "%1 not found (looked in PATH and /usr/sbin); install it: apt-get install %1, or run "
                   "scripts/install-deps.sh")
            .arg(name)
            .toUtf8();
    }

    static QString writeFile(const QString& path, const QString& text) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        return file.fileName();
    }

    // `nginx -t` and nginx itself need a whole nginx.conf: the snippet goes
    // inside http {} the way Debian's nginx.conf includes conf.d.
    static QString nginxMainFile(const QDir& dir, const QString& name, const QString& snippet) {
        const QString included = writeFile(dir.filePath(name + QStringLiteral(".conf")), snippet);
        return writeFile(dir.filePath(name + QStringLiteral("-nginx.conf")),
                         QStringLiteral("pid %1/nginx.pid;\n"
                                        "error_log %1/error.log;\n"
                                        "events {}\n"
                                        "http {\n"
                                        "    access_log off;\n"
                                        "    include %2;\n"
                                        "}\n")
                             .arg(dir.path(), included));
    }
    static QStringList nginxArguments(const QDir& dir, const QString& mainFile) {
        return {QStringLiteral("-p"), dir.path(),
                QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log")),
                QStringLiteral("-c"), mainFile};
    }

    static Checked check(const QString& executable, const QStringList& arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(executable, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("%1 did not finish: %2").arg(executable, process.errorString())};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    // Runs it in the foreground until this object goes: stopped with SIGTERM,
    // then SIGKILL, however the test ends, so no daemon outlives the test.
    LoadBalancerProcess(const QString& executable, const QStringList& arguments) {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(executable, arguments);
    }
    ~LoadBalancerProcess() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    LoadBalancerProcess(const LoadBalancerProcess&) = delete;
    LoadBalancerProcess& operator=(const LoadBalancerProcess&) = delete;

    bool running() const { return m_process.state() == QProcess::Running; }
    QString output() {
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace lk::test
