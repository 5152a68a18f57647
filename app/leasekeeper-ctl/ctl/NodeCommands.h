#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl status` and `leasekeeper-ctl leases`: what a running
// License Manager node reports about itself and its active leases.
class NodeCommands {
    Q_DECLARE_TR_FUNCTIONS(NodeCommands)

public:
    static int status(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static int leases(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
