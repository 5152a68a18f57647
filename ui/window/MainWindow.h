#pragma once

#include "admin/NodeMonitor.h"
#include "console/HealthAssessment.h"

#include <QMainWindow>
#include <QTimer>

class QListWidget;
class QStackedWidget;
class QLabel;
class QSystemTrayIcon;

namespace lk {

class AlertNotifier;
class HealthBanner;
class Prompts;
class OverviewPage;

// The console: a health banner above a navigation list and its pages. It
// only displays what the NodeMonitor saw; every call it makes is asynchronous.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(NodeMonitor& monitor, const Clock& clock, Prompts& prompts, QWidget* parent = nullptr);
    ~MainWindow() override;

    void addPage(const QString& title, const QIcon& icon, QWidget* page);
    void showPage(const QString& objectName);
    HealthBanner* banner() const { return m_banner; }
    NodeMonitor& monitor() const { return m_monitor; }
    const Clock& clock() const { return m_clock; }
    int denialsLastHour() const { return m_denialsLastHour; }
    void setDenialsLastHour(int count);
    // With a local License Manager, closing the window would stop it: warn
    // while components depend on it, and offer the system tray instead.
    void setHostsLocalServer(bool hosts) { m_hostsLocalServer = hosts; }
    void quitForReal();
    // One more node to show and assess (a node of an HA pair, polled on its
    // own beside the service address). The monitor must outlive the window.
    void watchNode(NodeMonitor& node);
    void setProfileName(const QString& name);
    // With a viewer token: says so in the status bar and turns off what
    // would change the node (the wizards); the pages turn off their own.
    void setReadOnly(const QString& tokenName);
    bool isReadOnly() const { return m_readOnly; }
    // Shows the node's alerts meant for the console (tray and status bar).
    AlertNotifier& alertNotifier() const { return *m_alertNotifier; }

Q_SIGNALS:
    // Once a second, with the console's and the node's estimated time.
    void ticked(qint64 consoleNowMs, qint64 nodeNowMs);
    // File > Connection profiles...
    void profilesRequested();
    // Tools > Set up high availability...
    void haWizardRequested();
    // Tools > Update the pair node by node...
    void updateWizardRequested();
    // Settings > Alerts...
    void alertSettingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onStatus();
    void reassess();
    void tick();
    void restoreLayout();
    void saveLayout();
    bool mayClose();
    void keepInTray();
    QSystemTrayIcon* trayIcon();
    void addMenus();
    int componentsServed() const;

    NodeMonitor& m_monitor;
    QList<NodeMonitor*> m_watchedNodes;
    const Clock& m_clock;
    HealthBanner* m_banner;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    OverviewPage* m_overview;
    QLabel* m_statusText;
    QLabel* m_accessText;
    QList<QAction*> m_changingActions; // off with a viewer token
    bool m_readOnly = false;
    QTimer m_ticker;
    int m_denialsLastHour = 0;
    Prompts& m_prompts;
    bool m_hostsLocalServer = false;
    bool m_quitting = false;
    QSystemTrayIcon* m_tray = nullptr;
    AlertNotifier* m_alertNotifier;
};

} // namespace lk
