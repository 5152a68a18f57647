#include "ctl/ComponentCommand.h"

#include "ctl/ComponentSimulator.h"
#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ctl/CtlTlsOptions.h"
#include "lease/ProbeEvidence.h"
#include "util/ProcessSignals.h"
#include "util/SecretFile.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr int kMaxComponents = 100000;

std::optional<int> positiveInt(const QString& text, int max) {
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 && value <= max ? std::optional(value) : std::nullopt;
}

} // namespace

int ComponentCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("component run [OPTIONS...]"),
                  tr("Simulate components that ask License Managers for leases.\n\nActions:\n"
                     "  run    start one or many simulated components and report what happens to them"));
    return cli.runAction(arguments, out, err,
                         {{u"run", [&](const QStringList& rest) { return runComponents(rest, out, err); }}});
}

int ComponentCommand::runComponents(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("component run --url URL [--url URL...] --type TYPE --host HOST --cores N [--instance ID] "
           "[--ips IP,...] [--count N] [--ca FILE] [--pin-sha256 HASH] [--json]"),
        tr("Run simulated components until they stop. Exit status: 0 stopped by SIGINT/SIGTERM with "
           "leases released; 3 no License Manager reachable at start; 4 denied by the license; 5 grace "
           "period ran out. With --count, the status of the first component that failed."));
    const QList<QCommandLineOption> options{
        {u"url"_s, tr("License Manager or load balancer URL; repeat to try several in order."), u"URL"_s},
        {u"type"_s, tr("Component type, e.g. vdp or scheduler."), u"TYPE"_s},
        {u"host"_s, tr("Host name the component reports."), u"HOST"_s},
        {u"cores"_s, tr("Cores the component reports."), u"N"_s},
        {u"instance"_s, tr("Instance id (default HOST:TYPE); with --count, ids are ID-1 ... ID-N."), u"ID"_s},
        {u"ips"_s, tr("Comma-separated IP addresses (default 127.0.0.1)."), u"IP,..."_s},
        {u"count"_s, tr("Number of components in this process (default 1)."), u"N"_s},
        {u"component-version"_s,
         tr("Version the component reports (default %1).").arg(QStringLiteral(LEASEKEEPER_VERSION)),
         u"VERSION"_s},
        {u"timeout-ms"_s, tr("Request timeout in milliseconds (default 10000)."), u"MS"_s},
        {u"site-key-file"_s,
         tr("File holding the site key, for License Managers started with --site-key-file."), u"FILE"_s},
        {u"json"_s, tr("Print one JSON object per event and line.")},
        {u"listen"_s,
         tr("Listen on the port of the instance id (HOST:PORT, with --count 1) while running, as "
            "a real component's service does, so that a License Manager probing it finds it "
            "alive, and refused once the process is gone.")},
    };
    for (const QCommandLineOption& option : options)
        cli.addOption(option);
    CtlTlsOptions::add(cli);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QCommandLineParser& p = cli.parser();
    ComponentSimulator::Options simulation;
    if (const auto failed = CtlTlsOptions::read(cli, simulation.tls, err))
        return *failed;

    for (const QString& text : p.values(u"url"_s)) {
        const QUrl url(text);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty())
            return cli.usageError(tr("'%1' is not an http:// or https:// URL").arg(text), err);
        simulation.managers << url;
    }
    if (simulation.managers.isEmpty() || !p.isSet(u"type"_s) || !p.isSet(u"host"_s) || !p.isSet(u"cores"_s))
        return cli.usageError(tr("--url, --type, --host and --cores are required"), err);
    const auto cores = positiveInt(p.value(u"cores"_s), 4096);
    const auto count =
        positiveInt(p.value(u"count"_s).isEmpty() ? u"1"_s : p.value(u"count"_s), kMaxComponents);
    const auto timeout =
        positiveInt(p.value(u"timeout-ms"_s).isEmpty() ? u"10000"_s : p.value(u"timeout-ms"_s), 600000);
    if (!cores)
        return cli.usageError(tr("--cores must be a whole number from 1 to 4096"), err);
    if (!count)
        return cli.usageError(tr("--count must be a whole number from 1 to %1").arg(kMaxComponents), err);
    if (!timeout)
        return cli.usageError(tr("--timeout-ms must be a whole number from 1 to 600000"), err);
    LeaseRequest& identity = simulation.identity;
    identity.component = p.value(u"type"_s);
    identity.host = p.value(u"host"_s);
    identity.cores = *cores;
    identity.instance =
        p.isSet(u"instance"_s) ? p.value(u"instance"_s) : identity.host + u':' + identity.component;
    identity.version = p.isSet(u"component-version"_s) ? p.value(u"component-version"_s)
                                                       : QStringLiteral(LEASEKEEPER_VERSION);
    identity.ips =
        p.isSet(u"ips"_s) ? p.value(u"ips"_s).split(u',', Qt::SkipEmptyParts) : QStringList{u"127.0.0.1"_s};
    for (const QString& ip : identity.ips) {
        if (QHostAddress(ip).isNull())
            return cli.usageError(tr("'%1' is not an IP address").arg(ip), err);
    }
    simulation.count = *count;
    simulation.json = p.isSet(u"json"_s);
    simulation.requestTimeoutMs = *timeout;
    if (p.isSet(u"site-key-file"_s)) {
        const auto key = SecretFile::read(p.value(u"site-key-file"_s));
        if (!key)
            return cli.usageError(key.error().code == u"unreadable"_s
                                      ? tr("cannot read the site key file %1: %2")
                                            .arg(p.value(u"site-key-file"_s), key.error().message)
                                      : key.error().message,
                                  err);
        simulation.siteKey = key.value();
    }

    // Accepts and closes connections on the instance's port, like a service would answer them.
    QTcpServer service;
    if (p.isSet(u"listen"_s)) {
        const auto target = ProbeTarget::parse(identity.instance);
        if (simulation.count != 1 || !target)
            return cli.usageError(tr("--listen needs --count 1 and an instance id of the form HOST:PORT"),
                                  err);
        if (!service.listen(QHostAddress::Any, target->port))
            return cli.usageError(
                tr("cannot listen on port %1: %2").arg(target->port).arg(service.errorString()), err);
        QObject::connect(&service, &QTcpServer::newConnection, &service, [&service] {
            while (QTcpSocket* connection = service.nextPendingConnection()) {
                connection->close();
                connection->deleteLater();
            }
        });
    }

    // The simulator prints every event itself; the client's own log lines would repeat them.
    QLoggingCategory::setFilterRules(u"leasekeeper.client.info=false"_s);
    ComponentSimulator simulator(simulation, out);
    QEventLoop loop;
    ProcessSignals signals;
    QObject::connect(&signals, &ProcessSignals::shutdownRequested, &simulator, &ComponentSimulator::stop);
    QObject::connect(&simulator, &ComponentSimulator::allFinished, &loop, &QEventLoop::quit);
    // Started from inside the loop, so that even an instant finish ends it.
    QMetaObject::invokeMethod(&simulator, &ComponentSimulator::start, Qt::QueuedConnection);
    loop.exec();
    return simulator.exitStatus();
}

} // namespace lk
