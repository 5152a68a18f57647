#pragma once

#include "tls/TlsClientOptions.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

namespace lk {

class CtlParser;

// --ca FILE and --pin-sha256 HASH, the same for every leasekeeper-ctl
// command that takes a URL.
class CtlTlsOptions {
    Q_DECLARE_TR_FUNCTIONS(CtlTlsOptions)

public:
    static void add(CtlParser& cli);
    // Fills `options` from the parsed command line. Returns an exit code
    // when an option is wrong (after saying why on err): CtlExit::Usage for
    // a malformed pin, CtlExit::Failure for a CA file that cannot be used.
    static std::optional<int> read(const CtlParser& cli, TlsClientOptions& options, QTextStream& err);
};

} // namespace lk
