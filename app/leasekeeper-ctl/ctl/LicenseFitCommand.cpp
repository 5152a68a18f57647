#include "ctl/LicenseFitCommand.h"

#include "ctl/CtlAdminGet.h"
#include "ctl/CtlExit.h"
#include "util/TextFile.h"
#include "wire/ErrorBody.h"
#include "wire/LicenseFitAnswer.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr int kFitTimeoutMs = 60000;

QString utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString pair(qint64 instances, qint64 cores) {
    return u"%1 / %2"_s.arg(instances).arg(cores);
}

void printTypes(const QList<FitTypeReport>& types, QTextStream& out) {
    out << LicenseFitCommand::tr("TYPE          ALLOWED (INST / CORES)  PEAK USE (INST / CORES)  "
                                 "HEADROOM (INST / CORES)  WOULD REFUSE\n");
    for (const FitTypeReport& type : types) {
        const QString allowed = type.allowed ? pair(type.allowed->maxInstances, type.allowed->maxTotalCores)
                                             : LicenseFitCommand::tr("not licensed");
        const QString headroom =
            type.allowed ? pair(*type.headroomInstances(), *type.headroomCores()) : u"-"_s;
        out << type.component.leftJustified(14) << allowed.leftJustified(24)
            << pair(type.peakInstances, type.peakCores).leftJustified(25) << headroom.leftJustified(25)
            << type.refused << '\n';
    }
}

void printRefusals(const QList<FitRefusal>& refusals, QTextStream& out) {
    out << LicenseFitCommand::tr("TIME (UTC)           TYPE          INSTANCE                  HOST"
                                 "                  CORES  REASON\n");
    for (const FitRefusal& refusal : refusals) {
        out << utc(refusal.atMs).leftJustified(21) << refusal.holder.component.leftJustified(14)
            << refusal.holder.instance.leftJustified(26) << refusal.holder.host.leftJustified(22)
            << QString::number(refusal.holder.cores).leftJustified(7) << reasonCode(refusal.denial.reason)
            << '\n';
    }
}

void printReport(const wire::LicenseFitAnswer& answer, QTextStream& out) {
    const FitReport& report = answer.report;
    out << LicenseFitCommand::tr(
               "License %1 for %2 against the %3 leases of the last %4 days (%5 to %6 UTC).\n\n")
               .arg(answer.licenseId, answer.licensee)
               .arg(report.leasesReplayed)
               .arg(answer.days)
               .arg(utc(report.fromMs), utc(report.toMs));
    if (!report.types.isEmpty()) {
        printTypes(report.types, out);
        out << '\n';
    }
    if (report.fits()) {
        out << LicenseFitCommand::tr("The license would have held: no start of the period would have been "
                                     "refused.\n");
        return;
    }
    out << LicenseFitCommand::tr("Starts the license would have refused: %1\n").arg(report.refusals.size());
    printRefusals(report.refusals, out);
}

} // namespace

int LicenseFitCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("license fit --license FILE --url URL --token-file FILE [--days N] [--json]"),
                  tr("Would this license have held? Replays the leases a License Manager recorded in the "
                     "last days against the limits of another license (a renewal offer, a smaller tier) "
                     "and lists every start it would have refused, with the headroom per type at the peak. "
                     "The node checks the license's signature against the issuer keys it trusts. Exit "
                     "status 0 when it would have held, 7 when not. Admin or viewer token."));
    CtlAdminGet::addOptions(cli);
    cli.addOption(QCommandLineOption(u"license"_s, tr("The license file to check."), u"FILE"_s));
    cli.addOption(QCommandLineOption(u"days"_s,
                                     tr("How many days back to replay, 1 to %1 (default %2).")
                                         .arg(wire::LicenseFitParameters::kMaxDays)
                                         .arg(wire::LicenseFitParameters::kDefaultDays),
                                     u"N"_s, QString::number(wire::LicenseFitParameters::kDefaultDays)));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    if (!cli.parser().isSet(u"license"_s))
        return cli.usageError(tr("--license FILE is required"), err);
    const auto license = TextFile::read(cli.parser().value(u"license"_s), tr("license file"));
    if (!license) {
        err << "leasekeeper-ctl: " << license.error().message << '\n';
        return CtlExit::Failure;
    }
    QUrlQuery query;
    query.addQueryItem(u"days"_s, cli.parser().value(u"days"_s)); // the node says what is wrong with it
    const auto got =
        CtlAdminGet::post(cli, u"/api/v1/license/fit"_s, err, query, license.value(), kFitTimeoutMs);
    if (const int* failed = std::get_if<int>(&got))
        return *failed;
    const HttpAnswer& answer = std::get<HttpAnswer>(got);
    if (answer.status != 200) {
        err << "leasekeeper-ctl: " << CtlAdminGet::refusal(answer) << '\n';
        // 400 with a license error code: the file itself is at fault.
        const bool badLicense =
            answer.status == 400 && wire::ErrorBody::read(answer.json).error != u"invalid_request"_s;
        return badLicense ? CtlExit::InvalidLicense : CtlExit::Failure;
    }
    const auto read = wire::LicenseFitAnswer::fromJson(answer.json);
    if (!read) {
        err << "leasekeeper-ctl: " << tr("the node answered: %1").arg(read.error().message) << '\n';
        return CtlExit::Failure;
    }
    if (cli.parser().isSet(u"json"_s))
        out << QJsonDocument(answer.json).toJson(QJsonDocument::Indented);
    else
        printReport(read.value(), out);
    return read->report.fits() ? CtlExit::Ok : CtlExit::WouldNotFit;
}

} // namespace lk
