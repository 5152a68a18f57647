#include "service/WindowsCommandLine.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

QString WindowsCommandLine::quoteArgument(const QString& argument) {
    static const QString special = u" \t\n\v\""_s;
    const bool needsQuotes = argument.isEmpty() || std::any_of(argument.cbegin(), argument.cend(),
                                                               [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return argument; // backslashes not before a quote are taken literally
    QString quoted = u"\""_s;
    qsizetype i = 0;
    while (true) {
        qsizetype backslashes = 0;
        while (i < argument.size() && argument.at(i) == u'\\') {
            ++i;
            ++backslashes;
        }
        if (i == argument.size()) {
            // Before the closing quote: each backslash doubled, or the last
            // one would escape that quote.
            quoted += QString(backslashes * 2, u'\\');
            break;
        }
        if (argument.at(i) == u'"')
            quoted += QString(backslashes * 2 + 1, u'\\') + u'"';
        else
            quoted += QString(backslashes, u'\\') + argument.at(i);
        ++i;
    }
    return quoted + u'"';
}

QString WindowsCommandLine::quoteProgram(const QString& program) {
    if (program.contains(u' ') || program.contains(u'\t') || program.isEmpty())
        return u'"' + program + u'"';
    return program;
}

QString WindowsCommandLine::join(const QString& program, const QStringList& arguments) {
    QString line = quoteProgram(program);
    for (const QString& argument : arguments)
        line += u' ' + quoteArgument(argument);
    return line;
}

} // namespace lk
