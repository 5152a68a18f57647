#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl license fit`: asks a node whether a license (a renewal
// offer, a smaller tier) would have held the starts of the last days, and
// prints the starts it would have refused and the headroom per type.
class LicenseFitCommand {
    Q_DECLARE_TR_FUNCTIONS(LicenseFitCommand)

public:
    // `arguments` start after "fit". Returns CtlExit::Ok when the license
    // would have held, WouldNotFit when not, another CtlExit code on failure.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
