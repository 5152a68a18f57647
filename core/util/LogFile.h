#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace lk {

// --log-file: Qt's log messages (as qSetMessagePattern formats them)
// appended to a file instead of standard error, one line each, written
// through at once so that nothing is lost when the process is killed. For a
// Windows service, which has no console; usable everywhere.
class LogFile {
    Q_DECLARE_TR_FUNCTIONS(LogFile)

public:
    // Opens (creates) the file for appending and sends every later message
    // there. Fails, changing nothing, when the file cannot be opened.
    static Status install(const QString& path);
    // Back to Qt's own handler; closes the file.
    static void uninstall();
};

} // namespace lk
