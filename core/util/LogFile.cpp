#include "util/LogFile.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <memory>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// Messages come from every thread (the store worker logs too).
QMutex g_mutex;
std::unique_ptr<QFile> g_file;

void toFile(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QByteArray line = qFormatLogMessage(type, context, message).toUtf8() + '\n';
    QMutexLocker lock(&g_mutex);
    if (!g_file)
        return;
    g_file->write(line);
    g_file->flush();
}

} // namespace

Status LogFile::install(const QString& path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return makeError(u"log_file"_s, tr("cannot open the log file %1: %2").arg(path, file->errorString()));
    {
        QMutexLocker lock(&g_mutex);
        g_file = std::move(file);
    }
    qInstallMessageHandler(toFile);
    return {};
}

void LogFile::uninstall() {
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&g_mutex);
    g_file.reset();
}

} // namespace lk
