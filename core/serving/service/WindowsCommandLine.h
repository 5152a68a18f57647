#pragma once

#include <QString>
#include <QStringList>

namespace lk {

// Builds a Windows command line (one string, as CreateProcess and the
// Service Control Manager take it) that CommandLineToArgvW and the C runtime
// split back into exactly the given arguments: quotes around arguments with
// white space, quotes inside escaped, backslashes doubled only where they
// come before a quote (a trailing backslash inside quotes included).
class WindowsCommandLine {
public:
    static QString quoteArgument(const QString& argument);
    // The program is read differently (up to the next quote, no escapes);
    // Windows file names cannot hold quotes.
    static QString quoteProgram(const QString& program);
    static QString join(const QString& program, const QStringList& arguments);
};

} // namespace lk
