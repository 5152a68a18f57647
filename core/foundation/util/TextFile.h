#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk {

// Reading and writing the small JSON text files of the license module (keys
// and licenses) with errors that name the file and what went wrong.
class TextFile {
    Q_DECLARE_TR_FUNCTIONS(TextFile)

public:
    // `what` names the file's role in messages, e.g. "license file".
    static Result<QByteArray> read(const QString& path, const QString& what);
    // Reads and parses a JSON object; not-JSON and not-an-object are `malformedCode`.
    static Result<QJsonObject> readObject(const QString& path, const QString& what,
                                          QStringView malformedCode);
    static Result<QJsonObject> parseObject(const QByteArray& bytes, QStringView malformedCode);

    // Replaces the file atomically, so readers never see half a file.
    static Status write(const QString& path, const QByteArray& bytes);
    // Like write(), but the file is mode 0600 before any byte reaches it.
    static Status writePrivate(const QString& path, const QByteArray& bytes, bool overwrite);
};

} // namespace lk
