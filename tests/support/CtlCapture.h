// Runs a leasekeeper-ctl command in process and keeps what it wrote to its
// output and error streams.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <utility>

namespace lk::test {

template <typename Command>
int runCaptured(Command&& command, const QStringList& arguments, QString& out, QString& err) {
    out.clear();
    err.clear();
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = std::forward<Command>(command)(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return code;
}

} // namespace lk::test
