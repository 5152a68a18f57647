#include "timesync/TimeSyncProbe.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <memory>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QString firstLine(const QString& text) {
    return text.trimmed().section(u'\n', 0, 0).trimmed();
}

QString locate(const QString& program) {
    if (QFileInfo(program).isAbsolute())
        return QFileInfo(program).isExecutable() ? program : QString();
    return QStandardPaths::findExecutable(program);
}

} // namespace

TimeSyncProbe::TimeSyncProbe(QObject* parent)
    : TimeSyncProbe(TimeSyncCommand::forThisPlatform(), parent) {}

TimeSyncProbe::TimeSyncProbe(QList<TimeSyncCommand> commands, QObject* parent)
    : QObject(parent)
    , m_commands(std::move(commands)) {
    m_current.detail = tr("not checked yet");
    connect(&m_refresh, &QTimer::timeout, this, &TimeSyncProbe::refresh);
}

TimeSyncProbe::~TimeSyncProbe() {
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void TimeSyncProbe::start(int refreshMs) {
    m_refresh.start(refreshMs);
    refresh();
}

void TimeSyncProbe::refresh() {
    if (m_process)
        return;
    m_tried.clear();
    tryCommand(0);
}

void TimeSyncProbe::tryCommand(qsizetype index) {
    if (index >= m_commands.size()) {
        TimeSync unknown;
        unknown.detail =
            m_tried.isEmpty()
                ? tr("no way to check clock synchronization is known on this platform")
                : tr("cannot tell whether this clock is synchronized: %1").arg(m_tried.join(u"; "_s));
        return conclude(unknown);
    }
    const QString path = locate(m_commands[index].program);
    if (path.isEmpty())
        return failed(index, tr("not installed"));

    auto* process = new QProcess(this);
    m_process = process;
#ifndef Q_OS_WIN
    // Output in English whatever the server's locale, so that it parses.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process->setProcessEnvironment(environment);
#endif
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(m_commandTimeoutMs, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, index](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the other errors end in finished()
        const QString why = process->errorString();
        process->deleteLater();
        m_process = nullptr;
        failed(index, tr("cannot start it: %1").arg(why));
    });
    connect(process, &QProcess::finished, this,
            [this, process, index, timedOut](int exitCode, QProcess::ExitStatus status) {
                const QString output = QString::fromLocal8Bit(process->readAllStandardOutput());
                const QString errors = QString::fromLocal8Bit(process->readAllStandardError());
                process->deleteLater();
                m_process = nullptr;
                if (*timedOut)
                    return failed(index, tr("no answer within %1 s").arg(m_commandTimeoutMs / 1000.0));
                if (status != QProcess::NormalExit)
                    return failed(index, tr("it crashed"));
                if (const auto sync = m_commands[index].parse(exitCode, output))
                    return conclude(*sync);
                const QString said = firstLine(errors.trimmed().isEmpty() ? output : errors);
                failed(index, said.isEmpty() ? tr("no verdict (exit status %1)").arg(exitCode) : said);
            });
    process->start(path, m_commands[index].arguments);
}

void TimeSyncProbe::failed(qsizetype index, const QString& why) {
    m_tried << u"%1: %2"_s.arg(m_commands[index].program, why);
    tryCommand(index + 1);
}

void TimeSyncProbe::conclude(const TimeSync& sync) {
    m_current = sync;
    Q_EMIT updated(m_current);
}

} // namespace lk
