#include "ctl/NodeCommands.h"

#include "admin/ApiParse.h"
#include "ctl/BlockingHttp.h"
#include "ctl/CtlAdminGet.h"
#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ctl/CtlTlsOptions.h"
#include "lease/ReclaimPolicy.h"
#include "util/Duration.h"
#include "wire/ErrorBody.h"
#include "wire/LeaseJson.h"
#include "wire/PingAnswer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QString utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

void printUsage(const NodeStatus& status, QTextStream& out) {
    if (!status.license)
        return;
    bool first = true;
    for (auto it = status.license->components.cbegin(); it != status.license->components.cend(); ++it) {
        // Unknown (null) when the node's store did not answer.
        const auto used = status.usage.constFind(it.key());
        const bool known = used != status.usage.cend();
        out << (first ? NodeCommands::tr("Usage").leftJustified(10) : QString(10, u' '))
            << it.key().leftJustified(12)
            << NodeCommands::tr("%1/%2 instances  %3/%4 cores\n")
                   .arg(known ? QString::number(used->instancesUsed) : u"?"_s)
                   .arg(it->maxInstances)
                   .arg(known ? QString::number(used->coresUsed) : u"?"_s)
                   .arg(it->maxTotalCores);
        first = false;
    }
}

void printStatus(const HttpAnswer& ping, const QJsonObject& answer, QTextStream& out) {
    NodeStatus status;
    apiparse::status(answer, status);
    const auto line = [&out](const QString& label, const QString& text) {
        out << label.leftJustified(10) << text << '\n';
    };
    line(NodeCommands::tr("Node"),
         NodeCommands::tr("%1 (%2, version %3, up %4)")
             .arg(status.node, status.role, status.version, Duration::format(status.uptimeS * 1000)));
    const auto pinged = wire::PingAnswer::fromJson(ping.json);
    const QString pingText = ping.status == 200 ? NodeCommands::tr("200 ready")
                                                : NodeCommands::tr("%1 NOT READY (%2): %3")
                                                      .arg(ping.status)
                                                      .arg(pinged ? pinged->reason : QString(),
                                                           pinged ? pinged->message : QString());
    line(NodeCommands::tr("Ping"), pingText);
    if (status.license) {
        line(NodeCommands::tr("License"),
             NodeCommands::tr("%1 for %2, expires %3")
                 .arg(status.license->licenseId, status.license->licensee, utc(status.license->expiresMs)));
    }
    if (!status.licenseProblem.isEmpty())
        line(NodeCommands::tr("Problem"), status.licenseProblem);
    line(NodeCommands::tr("Store"),
         NodeCommands::tr("%1, %2: %3")
             .arg(status.storeKind,
                  status.storeHealthy ? NodeCommands::tr("healthy") : NodeCommands::tr("UNHEALTHY"),
                  status.storeDetail));
    printUsage(status, out);
}

void printLeases(const wire::LeaseListAnswer& answer, QTextStream& out) {
    const qint64 now = answer.serverTimeMs;
    const QList<wire::LeaseListAnswer::Item>& leases = answer.leases;
    out << NodeCommands::tr("%n active lease(s)\n", "", int(leases.size()));
    if (leases.isEmpty())
        return;
    out << NodeCommands::tr(
        "TYPE        INSTANCE                  HOST                CORES  STATE    RENEWED       "
        "GRACE ENDS IN\n");
    for (const wire::LeaseListAnswer::Item& item : leases) {
        const Lease& lease = item.lease;
        out << lease.holder.component.leftJustified(12) << lease.holder.instance.leftJustified(26)
            << lease.holder.host.leftJustified(20) << QString::number(lease.holder.cores).leftJustified(7)
            << (item.overdue ? u"overdue"_s : u"active"_s).leftJustified(9)
            << NodeCommands::tr("%1 ago").arg(Duration::format(now - lease.lastRenewalMs)).leftJustified(14)
            << Duration::format(lease.graceDeadlineMs - now) << '\n';
        // What probing found where an overdue component ran (docs/components.md).
        if (item.overdue && !lease.probes.isEmpty())
            out << u"            "_s << ReclaimJudge::describe(lease.probes) << '\n';
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
    const auto ping =
        BlockingHttp::request("GET", pingUrl.value(), {}, {}, BlockingHttp::kDefaultTimeoutMs, tls);
    const auto status =
        ping ? BlockingHttp::request("GET", statusUrl.value(), {}, {}, BlockingHttp::kDefaultTimeoutMs, tls)
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
                  tr("List the active leases of a License Manager node (admin or viewer token)."));
    CtlAdminGet::addOptions(cli);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const auto got = CtlAdminGet::get(cli, u"/api/v1/leases"_s, err);
    if (const int* failed = std::get_if<int>(&got))
        return *failed;
    const HttpAnswer* answer = &std::get<HttpAnswer>(got);
    if (cli.parser().isSet(u"json"_s)) {
        out << QJsonDocument(answer->json).toJson(QJsonDocument::Indented);
        return CtlExit::Ok;
    }
    const auto listed = wire::LeaseListAnswer::fromJson(answer->json);
    if (!listed) {
        err << "leasekeeper-ctl: " << tr("the node answered: %1").arg(listed.error().message) << '\n';
        return CtlExit::Failure;
    }
    printLeases(listed.value(), out);
    return CtlExit::Ok;
}

} // namespace lk
