#include "ctl/StoreCommand.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "server/ServerConfig.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"
#include "store/StoreMigration.h"
#include "util/Clock.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
const SystemClock& systemClock() {
    static const SystemClock clock;
    return clock;
}
} // namespace

Result<std::unique_ptr<SqlStore>> StoreCommand::openStore(const QString& spec, const QString& passwordFile,
                                                          bool mustExist) {
    std::unique_ptr<SqlStore> store;
    if (PostgresAddress::looksLikePostgres(spec)) {
        auto address = PostgresAddress::parse(spec);
        if (!address)
            return makeError(u"usage"_s, address.error().message);
        ServerConfig config;
        config.dbPasswordFile = passwordFile;
        auto password = config.databasePassword();
        if (!password)
            return password.error();
        store = std::make_unique<PostgresStore>(address.value(), password.value());
    } else if (spec.startsWith(u"sqlite:"_s) && spec.size() > 7) {
        const QString path = spec.mid(7);
        // Opening a missing SQLite file would create an empty one.
        if (mustExist && !QFileInfo::exists(path))
            return makeError(u"file_not_found"_s, tr("%1 does not exist").arg(path));
        store = std::make_unique<SqliteStore>(path, systemClock());
    } else {
        return makeError(u"usage"_s,
                         tr("'%1' is not sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME").arg(spec));
    }
    if (auto opened = store->open(); !opened)
        return opened.error();
    return store;
}

int StoreCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("store migrate --from SPEC --to SPEC [--from-password-file FILE] [--to-password-file FILE] "
           "[--force]"),
        tr("Copy the active leases and the whole usage history from one store to another, for "
           "example from a single node's SQLite file to the PostgreSQL database of an HA pair, and "
           "verify the counts. Stop the node that uses the source first.\n\nSPEC is sqlite:PATH or "
           "postgresql://USER@HOST:PORT/DBNAME; passwords come from the files given or from %1.")
            .arg(QString::fromLatin1(ServerConfig::kPasswordVariable)));
    cli.addOption(QCommandLineOption(u"from"_s, tr("The store to copy from."), u"SPEC"_s));
    cli.addOption(QCommandLineOption(u"to"_s, tr("The store to copy to."), u"SPEC"_s));
    cli.addOption(QCommandLineOption(u"from-password-file"_s,
                                     tr("File holding the PostgreSQL password of the source."), u"FILE"_s));
    cli.addOption(QCommandLineOption(u"to-password-file"_s,
                                     tr("File holding the PostgreSQL password of the target."), u"FILE"_s));
    cli.addOption(
        QCommandLineOption(u"force"_s, tr("Replace the leases and history the target already holds.")));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (p.positionalArguments() != QStringList{u"migrate"_s})
        return cli.usageError(tr("the only store command is 'migrate'"), err);
    if (!p.isSet(u"from"_s) || !p.isSet(u"to"_s))
        return cli.usageError(tr("--from and --to are required"), err);

    auto from = openStore(p.value(u"from"_s), p.value(u"from-password-file"_s), true);
    if (!from) {
        err << CtlParser::kProgram << ": " << tr("source: %1").arg(from.error().message) << '\n';
        return from.error().code == u"usage"_s ? CtlExit::Usage : CtlExit::Failure;
    }
    auto to = openStore(p.value(u"to"_s), p.value(u"to-password-file"_s), false);
    if (!to) {
        err << CtlParser::kProgram << ": " << tr("target: %1").arg(to.error().message) << '\n';
        return to.error().code == u"usage"_s ? CtlExit::Usage : CtlExit::Failure;
    }
    auto progress = [&out](qint64 copied, qint64 total) {
        out << tr("copied %1 of %2 rows").arg(copied).arg(total) << '\n';
        out.flush();
    };
    auto copied = StoreMigration::copy(*from.value(), *to.value(), p.isSet(u"force"_s), progress);
    if (!copied) {
        err << CtlParser::kProgram << ": " << copied.error().message << '\n';
        return CtlExit::Failure;
    }
    out << tr("Copied to %4: leases %1 (active %2), denials %3, audit entries %5; the counts match the "
              "source.")
               .arg(copied->leases)
               .arg(copied->activeLeases)
               .arg(copied->denials)
               .arg(to.value()->location())
               .arg(copied->auditEntries)
        << '\n';
    return CtlExit::Ok;
}

} // namespace lk
