#include "util/WatchedFile.h"

#include <QFile>
#include <QFileInfo>

namespace lk {

WatchedFile::WatchedFile(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        watch(); // a replaced file is a new inode: watch it again
        // The folder may hold other busy files (a database's journal).
        if (contentNow() != m_seen)
            Q_EMIT changed();
    });
    auto soon = [this] { m_settle.start(); };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, soon);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, soon);
    watch();
}

void WatchedFile::watch() {
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
}

QByteArray WatchedFile::contentNow() const {
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray WatchedFile::read() {
    m_seen = contentNow();
    return m_seen;
}

} // namespace lk
