#pragma once

#include "ctl/CtlCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <span>

namespace lk {

// The top level of leasekeeper-ctl: --help, --version, and handing the
// remaining arguments to the command named first.
class CtlDispatcher {
    Q_DECLARE_TR_FUNCTIONS(CtlDispatcher)

public:
    // `arguments` as from QCoreApplication::arguments() (program first).
    static int run(std::span<const CtlCommand> commands, const QStringList& arguments, QTextStream& out,
                   QTextStream& err);

private:
    static QString describe(std::span<const CtlCommand> commands);
};

} // namespace lk
