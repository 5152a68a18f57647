// leasekeeper: the desktop console, with its local License Manager.
#include "console/ConsoleOptions.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"leasekeeper"_s);
    QApplication::setOrganizationName(u"LeaseKeeper"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "LeaseKeeper"));
    QApplication::setApplicationVersion(QStringLiteral(LEASEKEEPER_VERSION));

    auto options = lk::ConsoleOptions::parse(QApplication::arguments());
    if (!options) {
        const bool help = options.error().code == u"help"_s;
        QTextStream(help ? stdout : stderr) << options.error().message << (help ? "" : "\n");
        return help ? 0 : 2;
    }

    lk::SystemClock clock;
    lk::DialogPrompts prompts;
    lk::ConsoleSession session(options.value(), clock, prompts);
    if (auto started = session.start(); !started) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "LeaseKeeper cannot start"),
                              started.error().message);
        return 1;
    }
    session.window()->show();
    return app.exec();
}
