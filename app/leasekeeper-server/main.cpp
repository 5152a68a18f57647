// leasekeeper-server: a headless License Manager node.
#include "server/LicenseServer.h"
#include "util/ShutdownSignals.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"leasekeeper-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEASEKEEPER_VERSION));
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"_s);

    auto config = lk::ServerConfig::fromArguments(QCoreApplication::arguments());
    if (!config) {
        const bool help = config.error().code == u"help"_s;
        QTextStream(help ? stdout : stderr) << config.error().message << (help ? "" : "\n");
        return help ? 0 : 2;
    }

    lk::SystemClock clock;
    lk::LicenseServer server(config.value(), clock);
    if (auto started = server.start(); !started) {
        QTextStream(stderr) << "leasekeeper-server: " << started.error().message << "\n";
        return 1;
    }
    lk::ShutdownSignals signals;
    QObject::connect(&signals, &lk::ShutdownSignals::shutdownRequested, &app, [&app](int number) {
        qInfo("received signal %d, shutting down", number);
        app.quit();
    });
    return app.exec();
}
