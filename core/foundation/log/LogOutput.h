#pragma once

#include "log/LogFields.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtGlobal>

namespace lk {

enum class LogFormat { Plain, Json };

// The message handler leasekeeper-server installs: every qDebug/qInfo/...
// of every thread becomes one line on stderr, or appended to the file of
// --log-file (written through at once, so nothing is lost to a kill).
//  - plain: "2026-01-02T10:00:00.123 info leasekeeper.lease: granted lease ..."
//    (local time); under systemd (stderr connected to the journal) no time
//    of our own, a "<6>" syslog priority prefix per line instead.
//  - json: one object per line: time (UTC, ISO 8601 with milliseconds),
//    level, category, message, then the LogFields of the call.
class LogOutput {
    Q_DECLARE_TR_FUNCTIONS(LogOutput)

public:
    struct Style {
        LogFormat format = LogFormat::Plain;
        bool journald = false;
    };

    // An empty `filePath` means stderr. Fails, changing nothing, when the
    // file cannot be opened for appending.
    static Status install(Style style, const QString& filePath = {});
    // Back to Qt's own handler; closes the file.
    static void uninstall();
    // systemd sets JOURNAL_STREAM when it connects stderr to the journal.
    static bool stderrIsJournal();
    // One line, '\n' included. Thread-safe: it touches no shared state.
    static QByteArray format(const Style& style, QtMsgType type, const char* category, const QString& message,
                             const LogFields* fields, const QDateTime& now);
    static const char* levelName(QtMsgType type);
    // The sd-daemon priority: 7 debug, 6 info, 4 warning, 3 critical, 2 fatal.
    static int syslogPriority(QtMsgType type);
};

} // namespace lk
