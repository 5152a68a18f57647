#include "ctl/CtlCommand.h"
#include "ctl/CtlDispatcher.h"
#include "ctl/LicenseCommand.h"

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
    };

    QTextStream out(stdout);
    QTextStream err(stderr);
    return lk::CtlDispatcher::run(commands, QCoreApplication::arguments(), out, err);
}
