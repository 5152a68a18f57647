// leasekeeper-server: a headless License Manager node.
#include "log/LogCategories.h"
#include "log/LogOutput.h"
#include "server/LicenseServer.h"
#include "util/ShutdownSignals.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"leasekeeper-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEASEKEEPER_VERSION));
    auto config = lk::ServerConfig::fromArguments(QCoreApplication::arguments());
    if (!config) {
        const bool help = config.error().code == u"help"_s;
        QTextStream(help ? stdout : stderr) << config.error().message << (help ? "" : "\n");
        return help ? 0 : 2;
    }
    lk::LogOutput::install({config->logFormat, lk::LogOutput::stderrIsJournal()});

    lk::SystemClock clock;
    lk::LicenseServer server(config.value(), clock);
    if (auto started = server.start(); !started) {
        // Through the log handler: with --log-format json a shipper gets it as JSON too.
        qCCritical(lcServer).noquote() << started.error().message;
        return 1;
    }
    lk::ShutdownSignals signals;
    QObject::connect(&signals, &lk::ShutdownSignals::shutdownRequested, &app, [&app](int number) {
        qCInfo(lcServer, "received signal %d, shutting down", number);
        app.quit();
    });
    return app.exec();
}
