#pragma once

#include "lease/GroupPolicy.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

namespace lk {

// The --policy file, watched: each change that parses replaces the policy;
// one that does not is reported and the policy in force stays.
class PolicyFile final : public QObject {
    Q_OBJECT

public:
    explicit PolicyFile(QString path, QObject* parent = nullptr);

    // Reads the file now; the error names the file and line.
    Result<std::shared_ptr<const GroupPolicy>> load();
    const QString& path() const { return m_path; }

Q_SIGNALS:
    // The file's content changed on disk since the last load() (editors often
    // replace the file, so its folder is watched too); once per burst of changes.
    void changed();

private:
    void watch();
    QByteArray contentNow() const;

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;     // an editor's save is several events; read once they stop
    QByteArray m_loaded; // what the last load() read
};

} // namespace lk
