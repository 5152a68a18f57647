#include "ctl/HaCommand.h"

#include "drift/ClockProbe.h"
#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ctl/CtlTlsOptions.h"
#include "ha/HaChecker.h"
#include "util/TextFile.h"
#include "tls/TlsNetworkAccess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QString statusWord(HaCheck::Status status) {
    switch (status) {
    case HaCheck::Status::Pass:
        return HaCommand::tr("PASS");
    case HaCheck::Status::Warn:
        return HaCommand::tr("WARN");
    case HaCheck::Status::Fail:
        break;
    }
    return HaCommand::tr("FAIL");
}

void printChecklist(const QList<HaCheck>& checks, bool ok, QTextStream& out) {
    for (const HaCheck& check : checks) {
        out << statusWord(check.status) << "  " << check.id << "  " << check.message << '\n';
        if (!check.hint.isEmpty())
            out << "      " << check.hint << '\n';
    }
    const auto count = [&](HaCheck::Status s) {
        return int(
            std::count_if(checks.begin(), checks.end(), [s](const HaCheck& c) { return c.status == s; }));
    };
    out << '\n'
        << (ok ? HaCommand::tr("The pair passes: %1 passed, %2 warning(s).")
                     .arg(count(HaCheck::Status::Pass))
                     .arg(count(HaCheck::Status::Warn))
               : HaCommand::tr("The pair is NOT ready: %1 check(s) failed, %2 warning(s), %3 passed.")
                     .arg(count(HaCheck::Status::Fail))
                     .arg(count(HaCheck::Status::Warn))
                     .arg(count(HaCheck::Status::Pass)))
        << '\n';
}

QJsonObject toJson(const QList<HaCheck>& checks, bool ok) {
    QJsonArray list;
    for (const HaCheck& check : checks)
        list.append(QJsonObject{{u"id"_s, check.id},
                                {u"status"_s, HaCheck::statusName(check.status)},
                                {u"message"_s, check.message},
                                {u"hint"_s, check.hint}});
    return {{u"ok"_s, ok}, {u"checks"_s, list}};
}

} // namespace

int HaCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("ha ACTION [OPTIONS...]"),
                  tr("Check an active-passive pair of License Managers.\n\nActions:\n"
                     "  check    run the HA setup wizard's checks and print the checklist\n\n"
                     "Run 'leasekeeper-ctl ha ACTION --help' for the options of an action. See docs/ha.md."));
    cli.stopAtFirstPositional();
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QStringList rest = cli.parser().positionalArguments();
    if (rest.isEmpty())
        return cli.usageError(tr("missing action"), err);
    if (rest.first() == u"check")
        return check(rest, out, err);
    return cli.usageError(tr("unknown action '%1'").arg(rest.first()), err);
}

int HaCommand::check(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("ha check --primary URL --secondary URL [--lb URL] [--token-file FILE] [--max-drift-ms MS] "
           "[--ca FILE] [--pin-sha256 HASH] [--json]"),
        tr("Check a pair of License Managers the way the HA setup wizard does: the license allows two, both "
           "nodes answer, serve the same license and use the same database, their clocks agree, and (with "
           "--lb) the load balancer answers, sends everything to the primary and nothing to the secondary. "
           "Prints one line per check with what to do when it does not pass. Exit 0 when no check fails "
           "(warnings allowed), 1 when one does. See docs/ha.md."));
    cli.addOption(QCommandLineOption(u"primary"_s, tr("The primary node, e.g. http://lm1.example.com:10091."),
                                     u"URL"_s));
    cli.addOption(QCommandLineOption(u"secondary"_s,
                                     tr("The secondary node, e.g. http://lm2.example.com:10091."), u"URL"_s));
    cli.addOption(QCommandLineOption(
        u"lb"_s,
        tr("The load balancer's virtual host, e.g. http://lm.example.com:10091; without it, the load "
           "balancer checks are left out."),
        u"URL"_s));
    cli.addOption(QCommandLineOption(u"token-file"_s, tr("File holding the nodes' admin token."), u"FILE"_s));
    cli.addOption(QCommandLineOption(
        u"max-drift-ms"_s,
        tr("Largest clock difference allowed between the nodes, in milliseconds (default %1).")
            .arg(HaTargets().maxDriftMs),
        u"MS"_s, QString::number(HaTargets().maxDriftMs)));
    cli.addOption(QCommandLineOption(u"json"_s, tr("Print the checks as JSON.")));
    CtlTlsOptions::add(cli);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    TlsClientOptions tls;
    if (const auto failed = CtlTlsOptions::read(cli, tls, err))
        return *failed;
    const QCommandLineParser& p = cli.parser();
    if (!p.positionalArguments().isEmpty())
        return cli.usageError(tr("unexpected argument '%1'").arg(p.positionalArguments().first()), err);
    if (!p.isSet(u"primary"_s) || !p.isSet(u"secondary"_s))
        return cli.usageError(tr("--primary and --secondary are required"), err);

    HaTargets targets;
    const std::pair<QString, QUrl*> urls[] = {{u"primary"_s, &targets.primary},
                                              {u"secondary"_s, &targets.secondary},
                                              {u"lb"_s, &targets.loadBalancer}};
    for (const auto& [option, url] : urls) {
        if (!p.isSet(option))
            continue;
        *url = QUrl(p.value(option));
        if (ClockProbe::timeUrl(*url).isEmpty())
            return cli.usageError(
                tr("--%1: '%2' is not an http:// or https:// URL").arg(option, p.value(option)), err);
    }
    bool numeric = false;
    targets.maxDriftMs = p.value(u"max-drift-ms"_s).toDouble(&numeric);
    if (!numeric || !(targets.maxDriftMs >= 0))
        return cli.usageError(tr("--max-drift-ms must be a number of milliseconds, 0 or more"), err);
    if (p.isSet(u"token-file"_s)) {
        auto token = TextFile::read(p.value(u"token-file"_s), tr("token file"));
        if (!token) {
            err << CtlParser::kProgram << ": " << token.error().message << '\n';
            err.flush();
            return CtlExit::Failure;
        }
        targets.adminToken = token.value().trimmed();
    }

    // The checker is asynchronous (the wizard must not freeze): wait for it here.
    TlsNetworkAccess network(tls);
    HaChecker checker(network);
    QList<HaCheck> checks;
    QEventLoop loop;
    checker.run(targets, [&](const QList<HaCheck>& result) {
        checks = result;
        loop.quit();
    });
    loop.exec();

    const bool ok = std::none_of(checks.begin(), checks.end(),
                                 [](const HaCheck& c) { return c.status == HaCheck::Status::Fail; });
    if (p.isSet(u"json"_s))
        out << QJsonDocument(toJson(checks, ok)).toJson(QJsonDocument::Indented);
    else
        printChecklist(checks, ok, out);
    out.flush();
    return ok ? CtlExit::Ok : CtlExit::Failure;
}

} // namespace lk
