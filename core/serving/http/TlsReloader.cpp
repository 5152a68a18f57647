#include "http/TlsReloader.h"

#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTlsReload, "leasekeeper.tls")

namespace lk {

TlsReloader::TlsReloader(const QString& certificatePath, const QString& keyPath,
                         const TlsServerCredentials& current, QObject* parent)
    : QObject(parent)
    , m_certificatePath(QFileInfo(certificatePath).absoluteFilePath())
    , m_keyPath(QFileInfo(keyPath).absoluteFilePath())
    , m_current(current) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kDefaultSettleTime);
    // Every change restarts the wait: the files are read once they are quiet.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, [this] { read(tr("files changed"), false); });
    watch();
}

void TlsReloader::watch() {
    QStringList paths;
    for (const QString& file : {m_certificatePath, m_keyPath}) {
        paths << QFileInfo(file).absolutePath();
        // A file renamed over the old one is a new file: watch it again.
        if (QFileInfo::exists(file))
            paths << file;
    }
    paths.removeDuplicates();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    paths.removeIf([&watched](const QString& path) { return watched.contains(path); });
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
}

QString TlsReloader::describe(const TlsServerCredentials& credentials) const {
    return tr("%1, valid until %2 (SHA-256 %3)")
        .arg(credentials.subject(), credentials.expires().toString(Qt::ISODate), credentials.fingerprint());
}

void TlsReloader::reload(const QString& trigger) {
    read(trigger, true);
}

void TlsReloader::read(const QString& trigger, bool asked) {
    m_settle.stop();
    watch();
    auto loaded = TlsServerCredentials::load(m_certificatePath, m_keyPath);
    if (!loaded) {
        const QString problem = loaded.error().message;
        if (asked || problem != m_lastProblem)
            qCWarning(lcTlsReload).noquote() << tr("TLS certificate not reloaded (%1): %2; still serving %3")
                                                    .arg(trigger, problem, describe(m_current));
        m_lastProblem = problem;
        Q_EMIT reloadFailed(problem);
        return;
    }
    m_lastProblem.clear();
    if (loaded->sameAs(m_current)) {
        // A folder also changes for other files: only a request is answered.
        if (asked)
            qCInfo(lcTlsReload).noquote()
                << tr("TLS certificate re-read (%1): unchanged, %2").arg(trigger, describe(m_current));
        return;
    }
    m_current = loaded.value();
    for (const QString& warning : m_current.warnings())
        qCWarning(lcTlsReload).noquote() << warning;
    qCInfo(lcTlsReload).noquote()
        << tr("TLS certificate reloaded (%1): new connections get %2").arg(trigger, describe(m_current));
    Q_EMIT credentialsChanged(m_current);
}

} // namespace lk
