// Runs leasekeeper-ctl commands in process and keeps what the last one wrote
// to its output and error streams.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <utility>

namespace lk::test {

class CtlCapture {
public:
    using Command = int (*)(const QStringList& arguments, QTextStream& out, QTextStream& err);

    // `command` is what run(arguments) runs, `name` (if any) put before the
    // arguments as on the command line.
    explicit CtlCapture(Command command = nullptr, QString name = {})
        : m_command(command)
        , m_name(std::move(name)) {}

    int run(const QStringList& arguments) {
        return run(m_command, m_name.isEmpty() ? arguments : QStringList{m_name} + arguments);
    }

    int run(Command command, const QStringList& arguments) {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = command(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return code;
    }

    QString out;
    QString err;

private:
    Command m_command;
    QString m_name;
};

} // namespace lk::test
