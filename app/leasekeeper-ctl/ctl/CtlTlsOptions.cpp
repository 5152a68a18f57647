#include "ctl/CtlTlsOptions.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"

using namespace Qt::StringLiterals;

namespace lk {

void CtlTlsOptions::add(CtlParser& cli) {
    cli.addOption(QCommandLineOption(
        u"ca"_s,
        tr("For https:// URLs: trust only the certificate authorities in this PEM file (for a self-signed "
           "server, its certificate) instead of the system's."),
        u"FILE"_s));
    cli.addOption(QCommandLineOption(
        u"pin-sha256"_s,
        tr("For https:// URLs: accept only a server certificate with this SHA-256 fingerprint (hex, "
           "colons allowed, or base64), even without --ca; repeat for several servers."),
        u"HASH"_s));
}

std::optional<int> CtlTlsOptions::read(const CtlParser& cli, TlsClientOptions& options, QTextStream& err) {
    const QCommandLineParser& p = cli.parser();
    auto created = TlsClientOptions::create(p.value(u"ca"_s), p.values(u"pin-sha256"_s));
    if (created) {
        options = std::move(created).value();
        return std::nullopt;
    }
    if (created.error().code == u"bad_pin"_s)
        return cli.usageError(u"--pin-sha256: "_s + created.error().message, err);
    err << CtlParser::kProgram << ": --ca: " << created.error().message << '\n';
    err.flush();
    return CtlExit::Failure;
}

} // namespace lk
