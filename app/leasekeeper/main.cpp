// leasekeeper: the desktop console, with its local License Manager.
#include "console/ConsoleOptions.h"
#include "window/AppIcon.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"
#include "window/Translations.h"

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
    QApplication::setWindowIcon(lk::appIcon());
    // The system's language first, so that --help and option errors are translated too.
    lk::Translations::install(app, QString());

    auto options = lk::ConsoleOptions::parse(QApplication::arguments());
    if (!options) {
        const bool help = options.error().code == u"help"_s;
        QTextStream(help ? stdout : stderr) << options.error().message << (help ? "" : "\n");
        return help ? 0 : 2;
    }
    if (!options->language.isEmpty())
        lk::Translations::install(app, options->language);

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
