#include "console/ConsoleOptions.h"

#include <QCommandLineParser>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lk {

QString ConsoleOptions::defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/leasekeeper-console"_s;
}

Result<ConsoleOptions> ConsoleOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "LeaseKeeper console: runs a local License Manager and shows its health, leases and grace periods."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        tr("Where the local License Manager keeps its data (default: %1).").arg(defaultDataDir()), u"dir"_s);
    const QCommandLineOption port(u"port"_s, tr("Port of the local License Manager (default 10091)."),
                                  u"n"_s);
    const QCommandLineOption bind(
        u"bind"_s, tr("Address the local License Manager listens on (default: all)."), u"address"_s);
    const QCommandLineOption noLocal(u"no-local-server"_s, tr("Do not run a local License Manager."));
    const QCommandLineOption connect(u"connect"_s, tr("Monitor this License Manager or load balancer URL."),
                                     u"url"_s);
    const QCommandLineOption profile(
        u"profile"_s, tr("Monitor the saved connection profile NAME (an HA pair and its load balancer)."),
        u"name"_s);
    const QCommandLineOption token(u"token-file"_s,
                                   tr("Admin token file for --connect; the token is then remembered in the "
                                      "system keychain, so later runs need only --connect."),
                                   u"file"_s);
    const QCommandLineOption language(u"lang"_s, tr("Language of the console, e.g. en, es, de."), u"code"_s);
    const QCommandLineOption ca(u"ca"_s,
                                tr("For https:// nodes: trust only the certificate authorities in this PEM file."),
                                u"file"_s);
    const QCommandLineOption pin(u"pin-sha256"_s,
                                 tr("For https:// nodes: accept only a certificate with this SHA-256 fingerprint."),
                                 u"hash"_s);
    parser.addOptions({dataDir, port, bind, noLocal, connect, profile, token, language, ca, pin});
    if (!parser.parse(arguments))
        return makeError(u"usage"_s, parser.errorText());
    if (parser.isSet(help))
        return makeError(u"help"_s, parser.helpText());
    if (parser.isSet(version))
        return makeError(u"help"_s, QStringLiteral("leasekeeper " LEASEKEEPER_VERSION "\n"));

    ConsoleOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return makeError(u"usage"_s,
                             tr("port '%1' must be a number from 0 to 65535").arg(parser.value(port)));
        options.port = quint16(value);
    }
    if (parser.isSet(bind) && !options.bind.setAddress(parser.value(bind)))
        return makeError(u"usage"_s, tr("bind address '%1' is not an IP address").arg(parser.value(bind)));
    options.localServer = !parser.isSet(noLocal);
    if (parser.isSet(connect)) {
        options.connectUrl = QUrl(parser.value(connect));
        if (!options.connectUrl.isValid() || !options.connectUrl.scheme().startsWith(u"http"_s))
            return makeError(u"usage"_s,
                             tr("'%1' is not an http:// or https:// URL").arg(parser.value(connect)));
    }
    if (parser.isSet(profile)) {
        if (parser.isSet(connect))
            return makeError(u"usage"_s, tr("--profile and --connect cannot be used together"));
        options.profileName = parser.value(profile);
        options.localServer = false; // the profile names what to watch
    }
    if (!options.localServer && options.connectUrl.isEmpty() && options.profileName.isEmpty())
        return makeError(u"usage"_s, tr("--no-local-server needs --connect URL or --profile NAME"));
    options.tokenFile = parser.value(token);
    options.language = parser.value(language);
    auto tls = TlsClientOptions::create(parser.value(ca), parser.values(pin));
    if (!tls)
        return makeError(u"usage"_s, tls.error().message);
    options.tls = std::move(tls).value();
    return options;
}

} // namespace lk
