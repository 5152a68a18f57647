#include "ctl/LbConfigCommand.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ha/LoadBalancerConfig.h"
#include "util/TextFile.h"

using namespace Qt::StringLiterals;

namespace lk {

int LbConfigCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("lb-config haproxy|nginx --primary HOST:PORT --secondary HOST:PORT --listen HOST:PORT "
                     "[--tls-cert FILE --tls-key FILE --nodes-ca FILE] [--out FILE]"),
                  tr("Write a load balancer configuration that sends every request to the primary License "
                     "Manager and fails over to the secondary.\n\nLoad balancers:\n"
                     "  haproxy  a complete haproxy.cfg with active health checks on /pingLicenseManager\n"
                     "  nginx    a snippet for /etc/nginx/conf.d/ (passive checks only)\n\n"
                     "Write IPv6 addresses in brackets: [::1]:10091. See docs/load-balancer.md."));
    cli.addOption(QCommandLineOption(u"primary"_s, tr("The primary License Manager."), u"HOST:PORT"_s));
    cli.addOption(
        QCommandLineOption(u"secondary"_s, tr("The secondary (backup) License Manager."), u"HOST:PORT"_s));
    cli.addOption(QCommandLineOption(u"listen"_s, tr("Where the load balancer listens, e.g. 0.0.0.0:10091."),
                                     u"HOST:PORT"_s));
    cli.addOption(
        QCommandLineOption(u"tls-cert"_s,
                           tr("HTTPS: the certificate the load balancer presents to components (for "
                              "HAProxy, with its key in the same file or beside it as FILE.key)."),
                           u"FILE"_s));
    cli.addOption(QCommandLineOption(u"tls-key"_s, tr("HTTPS: the key of --tls-cert."), u"FILE"_s));
    cli.addOption(QCommandLineOption(
        u"nodes-ca"_s, tr("HTTPS: the certificate(s) that signed the nodes' certificates, to verify them."),
        u"FILE"_s));
    cli.addOption(QCommandLineOption(
        u"out"_s, tr("Write to FILE (replaced atomically) instead of standard output."), u"FILE"_s));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QCommandLineParser& p = cli.parser();
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return cli.usageError(
            tr("missing load balancer; choose one of: %1").arg(LoadBalancerConfig::kindNames().join(u", "_s)),
            err);
    const auto kind = LoadBalancerConfig::kindFromName(positional.first());
    if (!kind)
        return cli.usageError(tr("unknown load balancer '%1'; choose one of: %2")
                                  .arg(positional.first(), LoadBalancerConfig::kindNames().join(u", "_s)),
                              err);
    if (positional.size() > 1)
        return cli.usageError(tr("unexpected argument '%1'").arg(positional.at(1)), err);
    if (!p.isSet(u"primary"_s) || !p.isSet(u"secondary"_s) || !p.isSet(u"listen"_s))
        return cli.usageError(tr("--primary, --secondary and --listen are required"), err);

    LoadBalancerSettings settings;
    const std::pair<QString, Endpoint*> endpoints[] = {{u"primary"_s, &settings.primary},
                                                       {u"secondary"_s, &settings.secondary},
                                                       {u"listen"_s, &settings.listen}};
    for (const auto& [option, endpoint] : endpoints) {
        auto parsed = LoadBalancerConfig::parseEndpoint(p.value(option));
        if (!parsed)
            return cli.usageError(tr("--%1: %2").arg(option, parsed.error().message), err);
        *endpoint = std::move(parsed).value();
    }
    const int tlsOptions =
        int(p.isSet(u"tls-cert"_s)) + int(p.isSet(u"tls-key"_s)) + int(p.isSet(u"nodes-ca"_s));
    if (tlsOptions == 3)
        settings.tls = LoadBalancerTls{p.value(u"tls-cert"_s), p.value(u"tls-key"_s), p.value(u"nodes-ca"_s)};
    else if (tlsOptions != 0)
        return cli.usageError(tr("--tls-cert, --tls-key and --nodes-ca go together"), err);
    if (const auto valid = LoadBalancerConfig::validate(settings); !valid)
        return cli.usageError(valid.error().message, err);

    const QString text = LoadBalancerConfig::generate(*kind, settings);
    const QString outPath = p.value(u"out"_s);
    if (outPath.isEmpty()) {
        out << text;
        out.flush();
        return CtlExit::Ok;
    }
    if (const auto written = TextFile::write(outPath, text.toUtf8()); !written) {
        err << CtlParser::kProgram << ": " << written.error().message << '\n';
        err.flush();
        return CtlExit::Failure;
    }
    out << (*kind == LoadBalancerConfig::Kind::Haproxy
                ? tr("Wrote the HAProxy configuration to %1; check it with: haproxy -c -f %1\n")
                : tr("Wrote the nginx configuration to %1; copy it to /etc/nginx/conf.d/ and check it with: "
                     "nginx -t\n"))
               .arg(outPath);
    out.flush();
    return CtlExit::Ok;
}

} // namespace lk
