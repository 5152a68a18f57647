#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lk {

// Reads a secret (admin token, site key) from a file: the whole file with
// surrounding white space removed, 16 to 4096 bytes. The error messages name
// the file, never its content.
class SecretFile {
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    static constexpr qsizetype kMinBytes = 16;
    static constexpr qsizetype kMaxBytes = 4096;

    // Error codes: "unreadable" (message: why) or "length".
    static Result<QByteArray> read(const QString& path);
};

} // namespace lk
