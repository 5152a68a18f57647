#include "ctl/AuditCommand.h"

#include "ctl/CtlAdminGet.h"
#include "ctl/CtlExit.h"
#include "wire/AuditAnswer.h"
#include "wire/AuditParameters.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

void printEntries(const QList<AuditEntry>& entries, QTextStream& out) {
    out << AuditCommand::tr("Entries: %1\n").arg(entries.size());
    if (entries.isEmpty())
        return;
    out << AuditCommand::tr("TIME (UTC)           NODE        ACTOR         ACTION           OUTCOME    "
                            "TARGET / DETAIL / FROM\n");
    for (const AuditEntry& entry : entries) {
        QStringList about{entry.target, entry.detail, entry.address};
        about.removeAll(QString());
        out << QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC)
                   .toString(u"yyyy-MM-dd HH:mm:ss"_s)
                   .leftJustified(21)
            << entry.node.leftJustified(12) << entry.actor.leftJustified(14) << entry.action.leftJustified(17)
            << entry.outcome.leftJustified(11) << about.join(u" | "_s) << '\n';
    }
}

} // namespace

int AuditCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("audit --url URL --token-file FILE [--days N] [--action ACTION] [--actor NAME] "
                     "[--limit N] [--json]"),
                  tr("Show the audit trail of a License Manager (or of an HA pair, which shares it): frees, "
                     "maintenance, licenses loaded, tokens used and refused. Admin or viewer token."));
    CtlAdminGet::addOptions(cli);
    cli.addOption(QCommandLineOption(u"days"_s, tr("Only the last N days."), u"N"_s));
    cli.addOption(QCommandLineOption(
        u"action"_s, tr("Only this action (%1).").arg(audit::allActions().join(u", "_s)), u"ACTION"_s));
    cli.addOption(QCommandLineOption(u"actor"_s, tr("Only what this token name did."), u"NAME"_s));
    cli.addOption(QCommandLineOption(u"limit"_s, tr("At most N entries (default 100)."), u"N"_s, u"100"_s));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    QUrlQuery query;
    if (cli.parser().isSet(u"days"_s)) {
        bool ok = false;
        const int days = cli.parser().value(u"days"_s).toInt(&ok);
        if (!ok || days < 1)
            return cli.usageError(tr("--days must be a whole number of days, 1 or more"), err);
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
        query.addQueryItem(u"since_ms"_s, QString::number(since));
    }
    for (const QString& option : {u"action"_s, u"actor"_s, u"limit"_s}) {
        if (cli.parser().isSet(option) || option == u"limit"_s)
            query.addQueryItem(option, cli.parser().value(option));
    }
    // The server checks the values and says which one is wrong.
    const auto got = CtlAdminGet::get(cli, u"/api/v1/audit"_s, err, query);
    if (const int* failed = std::get_if<int>(&got))
        return *failed;
    const HttpAnswer& answer = std::get<HttpAnswer>(got);
    if (cli.parser().isSet(u"json"_s)) {
        out << QJsonDocument(answer.json).toJson(QJsonDocument::Indented);
        return CtlExit::Ok;
    }
    const auto read = wire::AuditAnswer::fromJson(answer.json);
    if (!read) {
        err << "leasekeeper-ctl: " << tr("the node answered: %1").arg(read.error().message) << '\n';
        return CtlExit::Failure;
    }
    printEntries(read->entries, out);
    return CtlExit::Ok;
}

} // namespace lk
