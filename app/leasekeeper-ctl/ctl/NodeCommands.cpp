#include "ctl/NodeCommands.h"

#include "ctl/BlockingHttp.h"
#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ctl/CtlTlsOptions.h"
#include "util/Duration.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QString utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

void printUsage(const QJsonObject& license, QTextStream& out) {
    const QJsonObject components = license.value(u"components"_s).toObject();
    bool first = true;
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const auto used = [&](const QString& key) {
            return c.value(key).isNull() ? u"?"_s : QString::number(c.value(key).toInt());
        };
        out << (first ? NodeCommands::tr("Usage").leftJustified(10) : QString(10, u' '))
            << it.key().leftJustified(12)
            << NodeCommands::tr("%1/%2 instances  %3/%4 cores\n")
                   .arg(used(u"instances_used"_s))
                   .arg(c.value(u"instances_allowed"_s).toInt())
                   .arg(used(u"cores_used"_s))
                   .arg(c.value(u"cores_allowed"_s).toInt());
        first = false;
    }
}

void printStatus(const HttpAnswer& ping, const QJsonObject& status, QTextStream& out) {
    const auto line = [&out](const QString& label, const QString& text) {
        out << label.leftJustified(10) << text << '\n';
    };
    line(NodeCommands::tr("Node"),
         NodeCommands::tr("%1 (%2, version %3, up %4)")
             .arg(status.value(u"node"_s).toString(), status.value(u"role"_s).toString(),
                  status.value(u"version"_s).toString(),
                  Duration::format(status.value(u"uptime_s"_s).toInteger() * 1000)));
    const QString pingText = ping.status == 200 ? NodeCommands::tr("200 ready")
                                                : NodeCommands::tr("%1 NOT READY (%2): %3")
                                                      .arg(ping.status)
                                                      .arg(ping.json.value(u"reason"_s).toString(),
                                                           ping.json.value(u"message"_s).toString());
    line(NodeCommands::tr("Ping"), pingText);
    const QJsonObject license = status.value(u"license"_s).toObject();
    if (license.value(u"loaded"_s).toBool()) {
        line(NodeCommands::tr("License"),
             NodeCommands::tr("%1 for %2, expires %3")
                 .arg(license.value(u"license_id"_s).toString(), license.value(u"licensee"_s).toString(),
                      utc(license.value(u"expires_ms"_s).toInteger())));
    }
    const QJsonObject problem = license.value(u"problem"_s).toObject();
    if (!problem.isEmpty())
        line(NodeCommands::tr("Problem"), problem.value(u"message"_s).toString());
    const QJsonObject store = status.value(u"store"_s).toObject();
    line(NodeCommands::tr("Store"),
         NodeCommands::tr("%1, %2: %3")
             .arg(store.value(u"kind"_s).toString(),
                  store.value(u"healthy"_s).toBool() ? NodeCommands::tr("healthy")
                                                     : NodeCommands::tr("UNHEALTHY"),
                  store.value(u"detail"_s).toString()));
    printUsage(license, out);
}

Result<QByteArray> readToken(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"token"_s,
                         NodeCommands::tr("cannot read the token file %1: %2").arg(path, file.errorString()));
    return file.read(8192).trimmed();
}

void printLeases(const QJsonObject& answer, QTextStream& out) {
    const qint64 now = answer.value(u"server_time_ms"_s).toInteger();
    const QJsonArray leases = answer.value(u"leases"_s).toArray();
    out << NodeCommands::tr("%n active lease(s)\n", "", int(leases.size()));
    if (leases.isEmpty())
        return;
    out << NodeCommands::tr(
        "TYPE        INSTANCE                  HOST                CORES  STATE    RENEWED       "
        "GRACE ENDS IN\n");
    for (const QJsonValue& value : leases) {
        const QJsonObject lease = value.toObject();
        out << lease.value(u"component"_s).toString().leftJustified(12)
            << lease.value(u"instance"_s).toString().leftJustified(26)
            << lease.value(u"host"_s).toString().leftJustified(20)
            << QString::number(lease.value(u"cores"_s).toInt()).leftJustified(7)
            << lease.value(u"state"_s).toString().leftJustified(9)
            << NodeCommands::tr("%1 ago")
                   .arg(Duration::format(now - lease.value(u"last_renewal_ms"_s).toInteger()))
                   .leftJustified(14)
            << Duration::format(lease.value(u"grace_deadline_ms"_s).toInteger() - now) << '\n';
    }
}

} // namespace

int NodeCommands::status(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("status --url URL [--ca FILE] [--pin-sha256 HASH] [--json]"),
        tr("Show a License Manager node's health, license and usage, and whether its "
           "/pingLicenseManager answers 200. Exit 0 when ready, 5 when not ready, 1 when unreachable."));
    cli.addOption(QCommandLineOption(u"url"_s, tr("The node, e.g. http://lm1.example.com:10091."), u"URL"_s));
    cli.addOption(QCommandLineOption(u"json"_s, tr("Print {\"ping\": ..., \"status\": ...} as JSON.")));
    CtlTlsOptions::add(cli);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    if (!cli.parser().isSet(u"url"_s))
        return cli.usageError(tr("--url is required"), err);
    TlsClientOptions tls;
    if (const auto failed = CtlTlsOptions::read(cli, tls, err))
        return *failed;
    const auto pingUrl = BlockingHttp::endpoint(cli.parser().value(u"url"_s), u"/pingLicenseManager"_s);
    const auto statusUrl = BlockingHttp::endpoint(cli.parser().value(u"url"_s), u"/api/v1/status"_s);
    if (!pingUrl)
        return cli.usageError(pingUrl.error().message, err);
    const auto ping = BlockingHttp::request("GET", pingUrl.value(), {}, {}, BlockingHttp::kDefaultTimeoutMs, tls);
    const auto status = ping ? BlockingHttp::request("GET", statusUrl.value(), {}, {},
                                                     BlockingHttp::kDefaultTimeoutMs, tls)
                             : Result<HttpAnswer>(ping.error());
    if (!status) {
        err << "leasekeeper-ctl: " << status.error().message << '\n';
        return CtlExit::Failure;
    }
    if (cli.parser().isSet(u"json"_s)) {
        const QJsonObject json{
            {u"ping"_s, QJsonObject{{u"http_status"_s, ping->status}, {u"body"_s, ping->json}}},
            {u"status"_s, status->json}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printStatus(ping.value(), status->json, out);
    }
    return ping->status == 200 ? CtlExit::Ok : CtlExit::NotReady;
}

int NodeCommands::leases(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("leases --url URL --token-file FILE [--ca FILE] [--pin-sha256 HASH] [--json]"),
                  tr("List the active leases of a License Manager node (admin token required)."));
    cli.addOption(QCommandLineOption(u"url"_s, tr("The node, e.g. http://lm1.example.com:10091."), u"URL"_s));
    cli.addOption(QCommandLineOption(u"token-file"_s, tr("File holding the node's admin token."), u"FILE"_s));
    cli.addOption(QCommandLineOption(u"json"_s, tr("Print the server's JSON answer.")));
    CtlTlsOptions::add(cli);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    if (!cli.parser().isSet(u"url"_s) || !cli.parser().isSet(u"token-file"_s))
        return cli.usageError(tr("--url and --token-file are required"), err);
    TlsClientOptions tls;
    if (const auto failed = CtlTlsOptions::read(cli, tls, err))
        return *failed;
    const auto url = BlockingHttp::endpoint(cli.parser().value(u"url"_s), u"/api/v1/leases"_s);
    if (!url)
        return cli.usageError(url.error().message, err);
    const auto token = readToken(cli.parser().value(u"token-file"_s));
    if (!token) {
        err << "leasekeeper-ctl: " << token.error().message << '\n';
        return CtlExit::Failure;
    }
    const auto answer =
        BlockingHttp::request("GET", url.value(), token.value(), {}, BlockingHttp::kDefaultTimeoutMs, tls);
    if (!answer || answer->status != 200) {
        err << "leasekeeper-ctl: "
            << (answer ? tr("%1 answered %2: %3")
                             .arg(url->toString())
                             .arg(answer->status)
                             .arg(answer->json.value(u"message"_s).toString())
                       : answer.error().message)
            << '\n';
        return CtlExit::Failure;
    }
    if (cli.parser().isSet(u"json"_s))
        out << QJsonDocument(answer->json).toJson(QJsonDocument::Indented);
    else
        printLeases(answer->json, out);
    return CtlExit::Ok;
}

} // namespace lk
