#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lk {

// One top-level leasekeeper-ctl command. `run` gets the arguments starting
// with the command name itself ({"license", "verify", ...}) and returns a
// CtlExit code.
struct CtlCommand {
    using Function = int (*)(const QStringList& arguments, QTextStream& out, QTextStream& err);

    QString name;
    // Marked with QT_TRANSLATE_NOOP("CtlCommand", ...); translated when shown.
    const char* summary;
    Function run;
};

} // namespace lk
