#include "console/ConsoleOptions.h"

#include "util/OptionTable.h"

#include <QCommandLineParser>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lk {

QString ConsoleOptions::defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/leasekeeper-console"_s;
}

namespace {

// What the command line says, before the checks that involve several options.
struct ConsoleArguments {
    ConsoleOptions options;
    QString caFile;
    QStringList pins;
};

using Spec = OptionSpec<ConsoleArguments>;

Spec::Apply text(QString ConsoleOptions::*field) {
    return [field](ConsoleArguments& parsed, const QString& value) {
        parsed.options.*field = value;
        return Status();
    };
}

Status usage(const QString& message) {
    return makeError(u"usage"_s, message);
}

OptionTable<ConsoleArguments> consoleOptions() {
    return OptionTable<ConsoleArguments>({
        {u"data-dir"_s, u"dir"_s,
         ConsoleOptions::tr("Where the local License Manager keeps its data (default: %1).")
             .arg(ConsoleOptions::defaultDataDir()),
         text(&ConsoleOptions::dataDir)},
        {u"port"_s, u"n"_s, ConsoleOptions::tr("Port of the local License Manager (default 10091)."),
         [](ConsoleArguments& parsed, const QString& value) -> Status {
             bool ok = false;
             const uint port = value.toUInt(&ok);
             if (!ok || port > 65535)
                 return usage(ConsoleOptions::tr("port '%1' must be a number from 0 to 65535").arg(value));
             parsed.options.port = quint16(port);
             return {};
         }},
        {u"bind"_s, u"address"_s,
         ConsoleOptions::tr("Address the local License Manager listens on (default: all)."),
         [](ConsoleArguments& parsed, const QString& value) -> Status {
             if (!parsed.options.bind.setAddress(value))
                 return usage(ConsoleOptions::tr("bind address '%1' is not an IP address").arg(value));
             return {};
         }},
        {u"no-local-server"_s,
         {},
         ConsoleOptions::tr("Do not run a local License Manager."),
         [](ConsoleArguments& parsed, const QString&) {
             parsed.options.localServer = false;
             return Status();
         }},
        {u"connect"_s, u"url"_s, ConsoleOptions::tr("Monitor this License Manager or load balancer URL."),
         [](ConsoleArguments& parsed, const QString& value) -> Status {
             parsed.options.connectUrl = QUrl(value);
             if (!parsed.options.connectUrl.isValid() ||
                 !parsed.options.connectUrl.scheme().startsWith(u"http"_s))
                 return usage(ConsoleOptions::tr("'%1' is not an http:// or https:// URL").arg(value));
             return {};
         }},
        {u"profile"_s, u"name"_s,
         ConsoleOptions::tr("Monitor the saved connection profile NAME (an HA pair and its load balancer)."),
         text(&ConsoleOptions::profileName)},
        {u"token-file"_s, u"file"_s,
         ConsoleOptions::tr("Admin token file for --connect; the token is then remembered in the "
                            "system keychain, so later runs need only --connect."),
         text(&ConsoleOptions::tokenFile)},
        {u"lang"_s, u"code"_s, ConsoleOptions::tr("Language of the console, e.g. en, es, de."),
         text(&ConsoleOptions::language)},
        {u"ca"_s, u"file"_s,
         ConsoleOptions::tr("For https:// nodes: trust only the certificate authorities in this PEM file."),
         [](ConsoleArguments& parsed, const QString& value) {
             parsed.caFile = value;
             return Status();
         }},
        {u"pin-sha256"_s, u"hash"_s,
         ConsoleOptions::tr("For https:// nodes: accept only a certificate with this SHA-256 fingerprint."),
         [](ConsoleArguments& parsed, const QString& value) {
             parsed.pins.append(value);
             return Status();
         },
         Spec::Source::Everywhere, true},
    });
}

} // namespace

Result<ConsoleOptions> ConsoleOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "LeaseKeeper console: runs a local License Manager and shows its health, leases and grace periods."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const OptionTable<ConsoleArguments> table = consoleOptions();
    table.addTo(parser);
    if (!parser.parse(arguments))
        return makeError(u"usage"_s, parser.errorText());
    if (parser.isSet(help))
        return makeError(u"help"_s, parser.helpText());
    if (parser.isSet(version))
        return makeError(u"help"_s, QStringLiteral("leasekeeper " LEASEKEEPER_VERSION "\n"));

    ConsoleArguments parsed;
    parsed.options.dataDir = defaultDataDir();
    if (auto applied = table.applyArguments(parser, parsed); !applied)
        return applied.error();
    ConsoleOptions& options = parsed.options;
    if (parser.isSet(u"profile"_s)) {
        if (parser.isSet(u"connect"_s))
            return makeError(u"usage"_s, tr("--profile and --connect cannot be used together"));
        options.localServer = false; // the profile names what to watch
    }
    if (!options.localServer && options.connectUrl.isEmpty() && options.profileName.isEmpty())
        return makeError(u"usage"_s, tr("--no-local-server needs --connect URL or --profile NAME"));
    auto tls = TlsClientOptions::create(parsed.caFile, parsed.pins);
    if (!tls)
        return makeError(u"usage"_s, tls.error().message);
    options.tls = std::move(tls).value();
    return options;
}

} // namespace lk
