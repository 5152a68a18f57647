#include "ctl/AuditCommand.h"
#include "ctl/CertCommand.h"
#include "ctl/ComponentCommand.h"
#include "ctl/CtlCommand.h"
#include "ctl/CtlDispatcher.h"
#include "ctl/DriftCommand.h"
#include "ctl/HaCommand.h"
#include "ctl/LbConfigCommand.h"
#include "ctl/LicenseCommand.h"
#include "ctl/NodeCommands.h"
#include "ctl/StoreCommand.h"
#include "ctl/TokenCommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"leasekeeper-ctl"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(LEASEKEEPER_VERSION));

    // The top-level commands; a new command is one line here plus its
    // function in core/ctl.
    static const lk::CtlCommand commands[] = {
        {u"license"_s, QT_TRANSLATE_NOOP("CtlCommand", "create issuer keys; issue, verify and show licenses"),
         &lk::LicenseCommand::run},
        {u"status"_s,
         QT_TRANSLATE_NOOP("CtlCommand", "show a License Manager node's health, license and usage"),
         &lk::NodeCommands::status},
        {u"leases"_s, QT_TRANSLATE_NOOP("CtlCommand", "list the active leases of a License Manager node"),
         &lk::NodeCommands::leases},
        {u"audit"_s,
         QT_TRANSLATE_NOOP("CtlCommand",
                           "show who freed leases, set maintenance, loaded licenses and used tokens"),
         &lk::AuditCommand::run},
        {u"token"_s,
         QT_TRANSLATE_NOOP("CtlCommand",
                           "add a named admin or viewer token to a License Manager's tokens file"),
         &lk::TokenCommand::run},
        {u"component"_s,
         QT_TRANSLATE_NOOP("CtlCommand", "simulate components that lease from License Managers"),
         &lk::ComponentCommand::run},
        {u"lb-config"_s,
         QT_TRANSLATE_NOOP(
             "CtlCommand",
             "write an HAProxy or nginx configuration for a primary and a secondary License Manager"),
         &lk::LbConfigCommand::run},
        {u"store"_s,
         QT_TRANSLATE_NOOP("CtlCommand", "move leases and history to another store (SQLite to PostgreSQL)"),
         &lk::StoreCommand::run},
        {u"drift"_s,
         QT_TRANSLATE_NOOP("CtlCommand",
                           "measure the clock offsets of License Manager nodes and the drift between them"),
         &lk::DriftCommand::run},
        {u"ha"_s,
         QT_TRANSLATE_NOOP("CtlCommand",
                           "check an HA pair: license, nodes, database, clocks and load balancer (ha check)"),
         &lk::HaCommand::run},
        {u"cert"_s,
         QT_TRANSLATE_NOOP("CtlCommand",
                           "make a key and a self-signed TLS certificate for a License Manager"),
         &lk::CertCommand::run},
    };

    QTextStream out(stdout);
    QTextStream err(stderr);
    return lk::CtlDispatcher::run(commands, QCoreApplication::arguments(), out, err);
}
