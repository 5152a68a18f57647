#pragma once

#include "admin/NodeMonitor.h"
#include "console/ConsoleOptions.h"
#include "secrets/SecretStore.h"
#include "server/LicenseServer.h"
#include "tls/TlsNetworkAccess.h"
#include "window/Prompts.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace lk {

class AlertFeed;
class LeasesPage;
class MainWindow;

// Everything one console run needs: the local License Manager (unless told
// otherwise), the monitor that polls it, and the window that shows it.
class ConsoleSession {
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)

public:
    ConsoleSession(ConsoleOptions options, const Clock& clock, Prompts& prompts);
    ~ConsoleSession();

    // Starts the local License Manager (asking for another port if its port
    // is taken) and builds the window. Fails when there is nothing to show.
    Status start();

    MainWindow* window() const { return m_window.get(); }
    LicenseServer* localServer() const { return m_server.get(); }
    NodeMonitor* monitor() const { return m_monitor.get(); }
    // The node's alerts meant for the console, shown by the window's notifier.
    AlertFeed* alertFeed() const { return m_alertFeed.get(); }
    bool createdDemoLicense() const { return m_createdDemo; }
    // The nodes of the profile's HA pair, each polled on its own.
    const std::vector<std::unique_ptr<NodeMonitor>>& watchedNodes() const { return m_watchedNodes; }
    // File > Connection profiles. Opening one starts another console window
    // through `launch` (a new process by default).
    void showProfiles();
    // Tools > Set up high availability, starting from the watched node.
    void showHaWizard();
    // Tools > Update the pair node by node: needs a profile naming both nodes.
    void showUpdateWizard();
    // Settings > Alerts: the node's alert settings, read-only with a viewer token.
    void showAlertSettings();
    using Launcher = std::function<bool(const QStringList& arguments)>;
    void setLauncher(Launcher launch) { m_launch = std::move(launch); }

private:
    Status startLocalServer();
    void addPages();
    void watchDenials();
    void watchAlerts();
    QUrl localUrl() const;
    QByteArray readToken(const QString& path);
    // A remote node's admin token: from --token-file (then remembered in the
    // keychain), or else from the keychain.
    void resolveRemoteToken();
    // Asks the node whose token this is; a viewer token makes the window read-only.
    void checkAccess();
    Status applyProfile();
    void watchProfileNodes();

    ConsoleOptions m_options;
    const Clock& m_clock;
    Prompts& m_prompts;
    TlsNetworkAccess m_network;
    std::unique_ptr<LicenseServer> m_server;
    std::unique_ptr<NodeMonitor> m_monitor;
    std::unique_ptr<AlertFeed> m_alertFeed; // polls through m_monitor's client
    std::vector<std::unique_ptr<NodeMonitor>> m_watchedNodes;
    QList<QUrl> m_profileNodes;
    std::unique_ptr<MainWindow> m_window;
    Launcher m_launch;
    QTimer m_denialTimer;
    SecretStore m_secrets;
    bool m_createdDemo = false;
    LeasesPage* m_leasesPage = nullptr; // owned by the window
};

} // namespace lk
