#pragma once

#include "lease/GroupPolicy.h"
#include "util/WatchedFile.h"

#include <QObject>
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
    const QString& path() const { return m_file.path(); }

Q_SIGNALS:
    // The file's content changed on disk since the last load(); once per
    // burst of changes.
    void changed();

private:
    WatchedFile m_file;
};

} // namespace lk
