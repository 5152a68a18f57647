#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl lb-config haproxy|nginx`: writes a load balancer
// configuration for an active-passive pair of License Managers.
class LbConfigCommand {
    Q_DECLARE_TR_FUNCTIONS(LbConfigCommand)

public:
    // `arguments` start with "lb-config". Returns a CtlExit code.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
