#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl drift`: how far the clocks of License Manager nodes are
// from this host's and from each other, measured NTP-style through
// GET /api/v1/time, and whether each node keeps its clock synchronised.
class DriftCommand {
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)

public:
    static constexpr int kDefaultSamples = 8;
    static constexpr double kDefaultMaxMs = 1000;

    // `arguments` start with "drift". Returns a CtlExit code: Ok when every
    // pair of nodes is within --max-ms, Drift when not, Failure when a node
    // could not be measured, Usage for a wrong command line.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
