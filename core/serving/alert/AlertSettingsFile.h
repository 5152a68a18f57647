#pragma once

#include "alert/AlertSettings.h"
#include "util/WatchedFile.h"

#include <QCoreApplication>
#include <QObject>

namespace lk {

// The --alerts file (INI), watched: an edit that parses replaces the
// settings in force, one that does not is reported and they stay. The API
// and the console save through it; saving rewrites the file in its own
// layout (comments are not kept).
//
//   evaluate-interval-s = 30
//   [webhook]   url, secret-file, attempts, retry-base-ms, timeout-ms
//   [mail]      host, port, security, user, password-file, from, to, ca-file
//   [near_limit] (one section per rule) enabled, threshold, quiet-period-s, channels
class AlertSettingsFile final : public QObject {
    Q_OBJECT

public:
    explicit AlertSettingsFile(QString path, QObject* parent = nullptr);

    const QString& path() const { return m_file.path(); }
    // A missing file is the default settings (every rule on, no channel set
    // but the console's), so a new node starts with alerts it can show.
    Result<AlertSettings> load();
    Status save(const AlertSettings& settings);

    static Result<AlertSettings> parse(const QString& path);
    static QByteArray format(const AlertSettings& settings);

Q_SIGNALS:
    void changed();

private:
    WatchedFile m_file;
};

} // namespace lk
