#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl component run`: one or many simulated components that
// behave exactly like real ones towards their License Managers.
class ComponentCommand {
    Q_DECLARE_TR_FUNCTIONS(ComponentCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static int runComponents(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
