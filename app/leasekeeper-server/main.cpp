// leasekeeper-server: a headless License Manager node, in a console or as a
// Windows service (--service).
#include "log/LogCategories.h"
#include "log/LogOutput.h"
#include "server/LicenseServer.h"
#include "service/ServiceDefinition.h"
#include "service/WindowsServiceHost.h"
#include "service/WindowsServiceManager.h"
#include "util/AllocatorTuning.h"
#include "util/ProcessSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

int runInConsole(QCoreApplication& app, const lk::ServerConfig& config) {
    lk::SystemClock clock;
    lk::LicenseServer server(config, clock);
    if (auto started = server.start(); !started) {
        // Through the log handler: with --log-format json a shipper gets it as JSON too.
        qCCritical(lcServer).noquote() << started.error().message;
        return 1;
    }
    lk::ProcessSignals signals(lk::ProcessSignals::Reload::Deliver);
    QObject::connect(&signals, &lk::ProcessSignals::shutdownRequested, &app, [&app](const QString& what) {
        qCInfo(lcServer, "received %s, shutting down", qPrintable(what));
        app.quit();
    });
    QObject::connect(&signals, &lk::ProcessSignals::reloadRequested, &server, &lk::LicenseServer::reload);
    return app.exec();
}

int runAsService(QCoreApplication& app, const lk::ServerConfig& config) {
    lk::WindowsServiceHost host(config.serviceName);
    if (auto connected = host.connectToManager(); !connected) {
        QTextStream(stderr) << "leasekeeper-server: " << connected.error().message << "\n";
        return 2;
    }
    if (config.logFile.isEmpty()) {
        if (auto logging = host.logToEventLog(); !logging)
            qWarning("%s", qPrintable(logging.error().message));
    }
    lk::SystemClock clock;
    auto server = std::make_unique<lk::LicenseServer>(config, clock);
    if (auto started = server->start(); !started) {
        qCCritical(lcServer).noquote() << started.error().message;
        host.reportStopped(1);
        return 1;
    }
    QObject::connect(&host, &lk::WindowsServiceHost::stopRequested, &app, [&app](const QString& what) {
        qCInfo(lcServer, "received %s, shutting down", qPrintable(what));
        app.quit();
    });
    QObject::connect(&host, &lk::WindowsServiceHost::reloadRequested, server.get(),
                     &lk::LicenseServer::reload);
    host.reportRunning();
    const int exitCode = app.exec();
    server.reset(); // finishes the queued commits before the SCM hears "stopped"
    host.reportStopped(exitCode);
    return exitCode;
}

// A service whose options no longer parse (its INI file was edited since
// the install) has no console: tell the SCM and the event log why it stops.
void reportToServiceManager(const QStringList& arguments, const QString& message) {
    const qsizetype service = arguments.indexOf(u"--service"_s);
    if (!arguments.contains(u"--service=run"_s) && (service < 0 || arguments.value(service + 1) != u"run"_s))
        return;
    const qsizetype named = arguments.indexOf(u"--service-name"_s);
    lk::WindowsServiceHost host(named < 0 ? lk::ServiceArguments::defaultName() : arguments.value(named + 1));
    if (!host.connectToManager() || !host.logToEventLog())
        return;
    qCritical("leasekeeper-server: %s", qPrintable(message));
    host.reportStopped(2);
}

int controlService(const lk::ServerConfig& config) {
    lk::Result<QString> done = QString();
    switch (config.serviceAction) {
    case lk::ServiceAction::Install: {
        // A service starts in the system folder, as LocalSystem: paths are
        // made absolute, and the data goes to ProgramData unless configured.
        const bool defaultDataDir = config.dataDir == QDir(lk::ServerConfig::defaultDataDir()).absolutePath();
        const QString programData = qEnvironmentVariable("ProgramData");
        const QString dataDir =
            defaultDataDir && !programData.isEmpty() ? programData + u"/LeaseKeeper"_s : QString();
        const QStringList arguments =
            lk::ServiceArguments::forService(QCoreApplication::arguments(), QDir::currentPath(), dataDir);
        done = lk::WindowsServiceManager::install(lk::ServiceDefinition::forServer(
            config.serviceName, QDir::toNativeSeparators(QCoreApplication::applicationFilePath()),
            arguments));
        break;
    }
    case lk::ServiceAction::Uninstall:
        done = lk::WindowsServiceManager::uninstall(config.serviceName);
        break;
    case lk::ServiceAction::Start:
        done = lk::WindowsServiceManager::start(config.serviceName);
        break;
    case lk::ServiceAction::Stop:
        done = lk::WindowsServiceManager::stop(config.serviceName);
        break;
    case lk::ServiceAction::None:
    case lk::ServiceAction::Run:
        break;
    }
    if (!done) {
        QTextStream(stderr) << "leasekeeper-server: " << done.error().message << "\n";
        return 1;
    }
    QTextStream(stdout) << done.value() << "\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    lk::tuneAllocatorForServing();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"leasekeeper-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEASEKEEPER_VERSION));
    auto config = lk::ServerConfig::fromArguments(QCoreApplication::arguments());
    if (!config) {
        const bool help = config.error().code == u"help"_s;
        QTextStream(help ? stdout : stderr) << config.error().message << (help ? "" : "\n");
        if (!help)
            reportToServiceManager(QCoreApplication::arguments(), config.error().message);
        return help ? 0 : 2;
    }
    const lk::ServiceAction action = config->serviceAction;
    if (action != lk::ServiceAction::None && action != lk::ServiceAction::Run)
        return controlService(config.value());
    if (auto logging =
            lk::LogOutput::install({config->logFormat, lk::LogOutput::stderrIsJournal()}, config->logFile);
        !logging) {
        QTextStream(stderr) << "leasekeeper-server: " << logging.error().message << "\n";
        return 1;
    }
    return action == lk::ServiceAction::Run ? runAsService(app, config.value())
                                            : runInConsole(app, config.value());
}
