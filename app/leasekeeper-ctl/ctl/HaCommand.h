#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl ha check`: the HA setup wizard's checks (core/ha) from the
// command line, printed as a checklist or as JSON.
class HaCommand {
    Q_DECLARE_TR_FUNCTIONS(HaCommand)

public:
    // `arguments` start with "ha". Returns a CtlExit code: Ok when no check
    // fails (warnings allowed), Failure when one does, Usage for a wrong
    // command line.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static int check(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
