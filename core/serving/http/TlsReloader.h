#pragma once

#include "tls/TlsServerCredentials.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace lk {

// Re-reads the server's certificate and key without a restart: when asked
// (SIGHUP, a Windows service's PARAMCHANGE) and when the files change. The
// files and their folders are watched, because renewal tools replace files
// by renaming new ones over them (which ends a watch on the old file) or
// switch symbolic links. Changes are read once the files have stayed
// unchanged for a moment, so that a certificate and its key written one
// after the other are read together. A pair that does not load (missing,
// not PEM, the key not matching) leaves the served pair in place and is
// logged with the reason; a new pair is logged with its subject and expiry.
class TlsReloader final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultSettleTime{1000};

    TlsReloader(const QString& certificatePath, const QString& keyPath, const TlsServerCredentials& current,
                QObject* parent = nullptr);

    void setSettleTime(std::chrono::milliseconds settleTime) { m_settle.setInterval(settleTime); }
    const TlsServerCredentials& current() const { return m_current; }
    // Reads the files now; `trigger` names the request in the log. Logs the
    // outcome even when nothing changed.
    void reload(const QString& trigger);

Q_SIGNALS:
    // A new pair loaded: serve it to new connections.
    void credentialsChanged(const TlsServerCredentials& credentials);
    // The files did not load; the current pair stays.
    void reloadFailed(const QString& reason);

private:
    void read(const QString& trigger, bool asked);
    void watch();
    QString describe(const TlsServerCredentials& credentials) const;

    QString m_certificatePath;
    QString m_keyPath;
    TlsServerCredentials m_current;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_lastProblem; // logged once, not again at every change in the folder
};

} // namespace lk
