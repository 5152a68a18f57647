#include "ctl/TokenCommand.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "server/AccessTokens.h"

#include <QFile>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QByteArray randomToken() {
    QByteArray random(24, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

int TokenCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("token new --tokens-file FILE --name NAME --role admin|viewer"),
                  tr("Manage the named tokens of a License Manager (its --tokens-file)."));
    return cli.runAction(arguments, out, err,
                         {{u"new", [&](const QStringList& rest) { return create(rest, out, err); }}});
}

int TokenCommand::create(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("token new --tokens-file FILE --name NAME --role admin|viewer [--out FILE]"),
                  tr("Add a new random token for NAME to the tokens file (created with owner-only access) "
                     "and print it, or write it to --out for its holder. Send the server SIGHUP (or restart "
                     "the service) to accept it."));
    cli.addOption(QCommandLineOption(u"tokens-file"_s, tr("The server's --tokens-file."), u"FILE"_s));
    cli.addOption(
        QCommandLineOption(u"name"_s, tr("Who holds it: the name the audit trail shows."), u"NAME"_s));
    cli.addOption(
        QCommandLineOption(u"role"_s, tr("admin (read and change) or viewer (read only)."), u"ROLE"_s));
    cli.addOption(QCommandLineOption(u"out"_s, tr("Write the token to this new file instead of printing it."),
                                     u"FILE"_s));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(u"tokens-file"_s) || !p.isSet(u"name"_s) || !p.isSet(u"role"_s))
        return cli.usageError(tr("--tokens-file, --name and --role are required"), err);
    const auto role = roleFromName(p.value(u"role"_s));
    if (!role)
        return cli.usageError(tr("--role must be admin or viewer"), err);
    if (sodium_init() < 0) {
        err << "leasekeeper-ctl: " << tr("the cryptography library failed to start") << '\n';
        return CtlExit::Failure;
    }
    const QString path = p.value(u"tokens-file"_s);
    QFile file(path);
    QByteArray existing;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            err << "leasekeeper-ctl: " << tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return CtlExit::Failure;
        }
        existing = file.readAll();
        file.close();
    }
    const QByteArray token = randomToken();
    const QByteArray line =
        p.value(u"name"_s).toUtf8() + ' ' + roleName(*role).toLatin1() + ' ' + token + '\n';
    // What the server will read: the whole file with the new line must parse.
    QByteArray updated = existing;
    if (!updated.isEmpty() && !updated.endsWith('\n'))
        updated += '\n';
    updated += line;
    if (const auto parsed = AccessTokens::parse(updated, path); !parsed) {
        err << "leasekeeper-ctl: " << parsed.error().message << '\n';
        return CtlExit::Failure;
    }
    // The holder's file first: nothing is added when it cannot be written.
    QFile handOver(p.value(u"out"_s));
    if (p.isSet(u"out"_s) && (!handOver.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                              !handOver.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))) {
        err << "leasekeeper-ctl: "
            << tr("cannot create %1: %2").arg(handOver.fileName(), handOver.errorString()) << '\n';
        return CtlExit::Failure;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(updated.mid(existing.size())) < 0 || !file.flush()) {
        err << "leasekeeper-ctl: " << tr("cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return CtlExit::Failure;
    }
    file.close();
    if (handOver.isOpen()) {
        handOver.write(token + '\n');
        handOver.close();
        out << tr("added %1 (%2) to %3; the token is in %4\n")
                   .arg(p.value(u"name"_s), roleName(*role), path, handOver.fileName());
    } else {
        out << tr("added %1 (%2) to %3; the token (shown once):\n")
                   .arg(p.value(u"name"_s), roleName(*role), path)
            << token << '\n';
    }
    return CtlExit::Ok;
}

} // namespace lk
