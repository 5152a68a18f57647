#include "ctl/DriftCommand.h"

#include "admin/ApiParse.h"
#include "ctl/BlockingHttp.h"
#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ctl/CtlTlsOptions.h"
#include "drift/ClockDrift.h"
#include "drift/ClockProbe.h"
#include "tls/TlsNetworkAccess.h"
#include "wire/TimeSyncJson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// One node as the command reports it.
struct NodeReport {
    ClockMeasurement clock;
    std::optional<TimeSync> sync; // unset when /api/v1/status did not say
    std::optional<qint64> databaseClockOffsetMs;
};

constexpr int kStatusTimeoutMs = 5000;

double ms(qint64 us) {
    return double(us) / 1000.0;
}

QString signedMs(qint64 us) {
    return (us >= 0 ? u"+"_s : QString()) + QString::number(ms(us), 'f', 3) + u" ms"_s;
}

// Measures the nodes one after the other, so that one measurement's
// traffic never delays another's timestamps.
QList<ClockMeasurement> measureAll(const QList<QUrl>& urls, int samples, const TlsClientOptions& tls) {
    TlsNetworkAccess network(tls);
    ClockProbe probe(network);
    QList<ClockMeasurement> results;
    QEventLoop loop;
    std::function<void()> next = [&] {
        if (results.size() == urls.size())
            return loop.quit();
        probe.measure(urls[results.size()], samples, [&](const ClockMeasurement& measured) {
            results.append(measured);
            next();
        });
    };
    next();
    if (results.size() < urls.size())
        loop.exec();
    return results;
}

void readStatus(NodeReport& report, const TlsClientOptions& tls) {
    const auto url = BlockingHttp::endpoint(report.clock.url.toString(), u"/api/v1/status"_s);
    if (!url)
        return;
    const auto answer = BlockingHttp::request("GET", url.value(), {}, {}, kStatusTimeoutMs, tls);
    if (!answer || answer->status != 200)
        return;
    NodeStatus status;
    apiparse::status(answer->json, status);
    report.sync = status.timeSync;
    report.databaseClockOffsetMs = status.databaseClockOffsetMs;
}

QString syncWord(const std::optional<TimeSync>& sync) {
    if (!sync || !sync->synchronized)
        return DriftCommand::tr("unknown");
    return *sync->synchronized ? DriftCommand::tr("yes") : DriftCommand::tr("NO");
}

QJsonObject nodeJson(const NodeReport& report) {
    const ClockMeasurement& c = report.clock;
    const auto orNull = [&](qint64 us) { return c.ok ? QJsonValue(ms(us)) : QJsonValue(); };
    return {
        {u"url"_s, c.url.toString()},
        {u"node"_s, c.node.isEmpty() ? QJsonValue() : QJsonValue(c.node)},
        {u"offset_ms"_s, orNull(c.offsetUs)},
        {u"delay_ms"_s, orNull(c.delayUs)},
        {u"samples"_s, c.samples},
        {u"synchronized"_s,
         report.sync && report.sync->synchronized ? QJsonValue(*report.sync->synchronized) : QJsonValue()},
        {u"time_sync"_s, report.sync ? QJsonValue(wire::TimeSyncJson::toJson(*report.sync)) : QJsonValue()},
        {u"database_clock_offset_ms"_s,
         report.databaseClockOffsetMs ? QJsonValue(*report.databaseClockOffsetMs) : QJsonValue()},
        {u"error"_s, c.ok ? QJsonValue() : QJsonValue(c.error)}};
}

QString nodeName(const ClockMeasurement& c) {
    return c.node.isEmpty() ? c.url.toString() : c.node;
}

void printTable(const QList<NodeReport>& reports, int samples, QTextStream& out) {
    out << DriftCommand::tr("Clock offsets (node minus this host), least-delayed of %n sample(s) per node:\n",
                            "", samples);
    const QString header =
        DriftCommand::tr("NODE").leftJustified(16) + DriftCommand::tr("URL").leftJustified(30) +
        DriftCommand::tr("OFFSET").leftJustified(17) + DriftCommand::tr("DELAY").leftJustified(12) +
        DriftCommand::tr("DATABASE").leftJustified(12) + DriftCommand::tr("SYNCHRONIZED");
    out << header << '\n';
    for (const NodeReport& report : reports) {
        const ClockMeasurement& c = report.clock;
        out << nodeName(c).leftJustified(15) << ' ' << c.url.toString().leftJustified(29) << ' ';
        if (!c.ok) {
            out << DriftCommand::tr("NOT MEASURED: %1").arg(c.error) << '\n';
            continue;
        }
        const QString database = report.databaseClockOffsetMs
                                     ? DriftCommand::tr("%1 ms").arg(-*report.databaseClockOffsetMs)
                                     : u"-"_s;
        out << signedMs(c.offsetUs).leftJustified(16) << ' '
            << QString(QString::number(ms(c.delayUs), 'f', 3) + u" ms"_s).leftJustified(11) << ' '
            << database.leftJustified(11) << ' ' << syncWord(report.sync) << '\n';
    }
}

void printDetails(const QList<NodeReport>& reports, QTextStream& out) {
    bool database = false;
    for (const NodeReport& report : reports) {
        database = database || report.databaseClockOffsetMs.has_value();
        if (!report.clock.ok)
            continue;
        const QString detail = report.sync
                                   ? report.sync->detail
                                   : DriftCommand::tr("the node did not report its clock synchronization "
                                                      "(no time_sync in /api/v1/status)");
        out << DriftCommand::tr("%1: %2").arg(nodeName(report.clock), detail) << '\n';
    }
    if (database)
        out << DriftCommand::tr("DATABASE is the node's clock minus the PostgreSQL server's, as the node "
                                "measured it; lease times come from the database's clock.\n");
}

} // namespace

int DriftCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("drift --url URL [--url URL ...] [--samples N] [--max-ms MS] [--ca FILE] [--pin-sha256 HASH] "
           "[--json]"),
        tr("Measure how far the clocks of License Manager nodes are from this host's and from each "
           "other (NTP-style, through GET /api/v1/time), and show whether each node keeps its clock "
           "synchronized. Exit 0 when every two nodes are within --max-ms, 6 when not, 1 when a node "
           "cannot be measured. See docs/clock.md."));
    cli.addOption(QCommandLineOption(
        u"url"_s, tr("A node, e.g. http://lm1.example.com:10091; give one --url per node."), u"URL"_s));
    cli.addOption(
        QCommandLineOption(u"samples"_s,
                           tr("Requests per node; the least-delayed one counts (1 to %1, default %2).")
                               .arg(ClockProbe::kMaxSamples)
                               .arg(kDefaultSamples),
                           u"N"_s, QString::number(kDefaultSamples)));
    cli.addOption(QCommandLineOption(
        u"max-ms"_s,
        tr("Largest drift allowed between two nodes, in milliseconds (default %1).").arg(kDefaultMaxMs),
        u"MS"_s, QString::number(kDefaultMaxMs)));
    cli.addOption(QCommandLineOption(u"json"_s, tr("Print the measurements as JSON.")));
    CtlTlsOptions::add(cli);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    TlsClientOptions tls;
    if (const auto failed = CtlTlsOptions::read(cli, tls, err))
        return *failed;
    const QCommandLineParser& p = cli.parser();
    if (!p.positionalArguments().isEmpty())
        return cli.usageError(tr("unexpected argument '%1'").arg(p.positionalArguments().first()), err);
    const QStringList given = p.values(u"url"_s);
    if (given.isEmpty())
        return cli.usageError(tr("--url is required (once per node)"), err);
    QList<QUrl> urls;
    for (const QString& text : given) {
        const QUrl url(text);
        if (ClockProbe::timeUrl(url).isEmpty())
            return cli.usageError(tr("'%1' is not an http:// or https:// URL").arg(text), err);
        urls.append(url);
    }
    bool numeric = false;
    const int samples = p.value(u"samples"_s).toInt(&numeric);
    if (!numeric || samples < 1 || samples > ClockProbe::kMaxSamples)
        return cli.usageError(
            tr("--samples must be a whole number from 1 to %1").arg(ClockProbe::kMaxSamples), err);
    const double maxMs = p.value(u"max-ms"_s).toDouble(&numeric);
    if (!numeric || !(maxMs >= 0))
        return cli.usageError(tr("--max-ms must be a number of milliseconds, 0 or more"), err);

    QList<NodeReport> reports;
    QList<ClockMeasurement> measured = measureAll(urls, samples, tls);
    for (const ClockMeasurement& m : measured) {
        NodeReport report{m, std::nullopt, std::nullopt};
        if (m.ok)
            readStatus(report, tls);
        reports.append(report);
    }
    const auto largest = ClockDrift::largest(measured);
    const bool allMeasured =
        std::all_of(measured.begin(), measured.end(), [](const auto& m) { return m.ok; });
    const bool withinLimit = !largest || ms(largest->driftUs) <= maxMs;

    if (p.isSet(u"json"_s)) {
        QJsonArray nodes;
        for (const NodeReport& report : reports)
            nodes.append(nodeJson(report));
        QJsonObject json{
            {u"nodes"_s, nodes},
            {u"max_pairwise_drift_ms"_s, largest ? QJsonValue(ms(largest->driftUs)) : QJsonValue()},
            {u"max_ms"_s, maxMs},
            {u"within_limit"_s, withinLimit}};
        if (largest)
            json.insert(u"max_pairwise"_s, QJsonObject{{u"a"_s, measured[largest->a].url.toString()},
                                                       {u"b"_s, measured[largest->b].url.toString()},
                                                       {u"b_minus_a_ms"_s, ms(largest->driftUs)}});
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printTable(reports, samples, out);
        out << '\n';
        if (largest) {
            out << tr("Largest drift between two nodes: %1 minus %2 = %3 (limit %4 ms): %5\n")
                       .arg(nodeName(measured[largest->b]), nodeName(measured[largest->a]),
                            signedMs(largest->driftUs), QString::number(maxMs),
                            withinLimit ? tr("ok") : tr("TOO LARGE"));
        } else {
            out << tr("Fewer than two nodes were measured: no drift between nodes to compare.\n");
        }
        printDetails(reports, out);
        if (!withinLimit)
            out << tr(
                "Synchronize the clocks of the License Manager hosts: on Linux enable NTP "
                "('timedatectl set-ntp true' or chrony), on Windows turn on Settings > Time & language > "
                "Synchronize your clock. Unsynchronized clocks make administrators misread logs and "
                "alerts; see docs/clock.md.\n");
    }
    out.flush();
    if (!allMeasured) {
        for (const ClockMeasurement& m : measured)
            if (!m.ok)
                err << CtlParser::kProgram << ": " << m.error << '\n';
        err.flush();
        return CtlExit::Failure;
    }
    return withinLimit ? CtlExit::Ok : CtlExit::Drift;
}

} // namespace lk
