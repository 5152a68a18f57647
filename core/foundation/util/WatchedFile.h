#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace lk {

// A configuration file watched for edits: `changed` fires once per burst of
// changes, and only when the content differs from what was last read (or
// written) through it. Editors often replace the file, so its folder is
// watched too.
class WatchedFile final : public QObject {
    Q_OBJECT

public:
    explicit WatchedFile(QString path, QObject* parent = nullptr);

    const QString& path() const { return m_path; }
    // The file's bytes now (empty when it cannot be read), remembered as seen.
    QByteArray read();
    // Remembers bytes this program wrote, so that its own write is no change.
    void noteWritten(const QByteArray& bytes) { m_seen = bytes; }

Q_SIGNALS:
    void changed();

private:
    void watch();
    QByteArray contentNow() const;

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;   // an editor's save is several events; read once they stop
    QByteArray m_seen; // what the last read() or write had
};

} // namespace lk
