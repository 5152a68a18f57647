#include "window/MainWindow.h"

#include "pages/OverviewPage.h"
#include "util/Duration.h"
#include "widgets/HealthBanner.h"
#include "widgets/NodeCard.h"
#include "window/AlertNotifier.h"
#include "window/Prompts.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

MainWindow::MainWindow(NodeMonitor& monitor, const Clock& clock, Prompts& prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_banner(new HealthBanner)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_overview(new OverviewPage(monitor.client().baseUrl().toString()))
    , m_statusText(new QLabel)
    , m_accessText(new QLabel)
    , m_prompts(prompts)
    , m_alertNotifier(new AlertNotifier(
          *statusBar(), [this] { return trayIcon(); }, this)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("LeaseKeeper"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    auto* splitter = new QSplitter(central);
    splitter->setObjectName(u"mainSplitter"_s);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(140);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 900});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusText, 1);
    m_accessText->setObjectName(u"accessText"_s);
    statusBar()->addPermanentWidget(m_accessText);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    addPage(tr("Overview"), style()->standardIcon(QStyle::SP_ComputerIcon), m_overview);
    m_navigation->setCurrentRow(0);

    addMenus();
    connect(&m_monitor, &NodeMonitor::statusChanged, this, &MainWindow::onStatus);
    connect(&m_monitor, &NodeMonitor::leasesChanged, this, &MainWindow::reassess);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker.start();
    resize(1100, 720);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& title, const QIcon& icon, QWidget* page) {
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    const int row = m_navigation->count() - 1;
    if (row < 9) {
        // Ctrl+1 ... Ctrl+9 jump between views from the keyboard.
        auto* jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this);
        connect(jump, &QShortcut::activated, this, [this, row] { m_navigation->setCurrentRow(row); });
        item->setToolTip(tr("%1 (%2)").arg(title, jump->key().toString(QKeySequence::NativeText)));
    }
    m_pages->addWidget(page);
}

void MainWindow::addMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* profiles = file->addAction(tr("Connection &profiles..."), this, &MainWindow::profilesRequested);
    profiles->setObjectName(u"profilesAction"_s);
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this] {
        m_monitor.refresh();
        for (NodeMonitor* node : std::as_const(m_watchedNodes))
            node->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* wizard =
        tools->addAction(tr("Set up &high availability..."), this, &MainWindow::haWizardRequested);
    QAction* update =
        tools->addAction(tr("&Update the pair node by node..."), this, &MainWindow::updateWizardRequested);
    wizard->setObjectName(u"haWizardAction"_s);
    m_changingActions = {wizard, update};
    // Not among the changing actions: a viewer may read the settings.
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* alerts = settings->addAction(tr("&Alerts..."), this, &MainWindow::alertSettingsRequested);
    alerts->setObjectName(u"alertSettingsAction"_s);
}

void MainWindow::setReadOnly(const QString& tokenName) {
    m_readOnly = true;
    m_accessText->setText(tr("Read-only: viewer token '%1'").arg(tokenName));
    m_accessText->setToolTip(tr("This token can read everything but change nothing: freeing leases, "
                                "maintenance and the wizards need an admin token."));
    for (QAction* action : std::as_const(m_changingActions)) {
        action->setEnabled(false);
        action->setToolTip(tr("Needs an admin token"));
    }
}

void MainWindow::watchNode(NodeMonitor& node) {
    m_watchedNodes.append(&node);
    NodeCard* card = m_overview->addWatchedNode(node.client().baseUrl().toString());
    connect(&node, &NodeMonitor::statusChanged, this, [this, card, &node] {
        card->setStatus(node.status());
        reassess();
    });
}

void MainWindow::setProfileName(const QString& name) {
    setWindowTitle(tr("%1 - LeaseKeeper").arg(name));
}

void MainWindow::showPage(const QString& objectName) {
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == objectName)
            m_navigation->setCurrentRow(row);
    }
}

void MainWindow::setDenialsLastHour(int count) {
    m_denialsLastHour = count;
    reassess();
}

void MainWindow::onStatus() {
    m_overview->setStatus(m_monitor.status());
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_statusText->setText(
        m_monitor.status().reachable
            ? tr("%1, last answer at %2").arg(m_monitor.client().baseUrl().toString(), when)
            : tr("%1 does not answer (checked at %2)").arg(m_monitor.client().baseUrl().toString(), when));
    reassess();
}

void MainWindow::reassess() {
    HealthAssessment::Input input;
    if (m_monitor.hasStatus())
        input.status = m_monitor.status();
    if (m_monitor.hasLeases())
        input.leases = m_monitor.leases();
    input.nowMs = m_clock.nowMs();
    input.clockOffsetMs = m_monitor.clockOffsetMs();
    input.unreachableSinceMs = m_monitor.unreachableSinceMs();
    input.denialsLastHour = m_denialsLastHour;
    for (const NodeMonitor* node : std::as_const(m_watchedNodes)) {
        HealthAssessment::WatchedNode watched{
            node->client().baseUrl().toString(), {}, node->unreachableSinceMs()};
        if (node->hasStatus())
            watched.status = node->status();
        input.nodes.append(watched);
    }
    const HealthAssessment health = HealthAssessment::assess(input);
    m_banner->show(health.level, health.headline);
    m_overview->setAlerts(health.alerts);
}

void MainWindow::tick() {
    const qint64 now = m_clock.nowMs();
    const qint64 nodeNow = now + m_monitor.clockOffsetMs();
    m_overview->tick(nodeNow);
    if (m_monitor.unreachableSinceMs())
        reassess(); // the "unreachable for ..." headline counts up
    Q_EMIT ticked(now, nodeNow);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (auto* splitter = findChild<QSplitter*>(u"mainSplitter"_s))
        splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
}

int MainWindow::componentsServed() const {
    if (m_monitor.hasLeases())
        return int(m_monitor.leases().leases.size());
    int instances = 0;
    for (const TypeUsage& usage : m_monitor.status().usage)
        instances += usage.instancesUsed;
    return instances;
}

bool MainWindow::mayClose() {
    const int served = componentsServed();
    if (m_quitting || !m_hostsLocalServer || served == 0)
        return true;
    const qint64 graceMs = m_monitor.status().license ? m_monitor.status().license->gracePeriodS * 1000
                                                      : LicenseTerms::kDefaultGracePeriodS * 1000;
    QStringList choices{tr("Quit anyway")};
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    if (tray)
        choices.prepend(tr("Keep running in the tray"));
    const auto choice = m_prompts.choose(
        this, tr("Components depend on this License Manager"),
        tr("%n component(s) hold leases from the License Manager in this console. If you quit, they keep "
           "running "
           "on their grace period (%1) and then shut down, and none of them can start again until a License "
           "Manager answers.",
           "", served)
            .arg(Duration::format(graceMs)),
        choices);
    if (!choice)
        return false;
    if (tray && *choice == 0) {
        keepInTray();
        return false;
    }
    return true;
}

void MainWindow::keepInTray() {
    trayIcon()->show();
    hide();
}

QSystemTrayIcon* MainWindow::trayIcon() {
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(
            windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : windowIcon(), this);
        m_tray->setToolTip(m_hostsLocalServer ? tr("LeaseKeeper: License Manager running")
                                              : tr("LeaseKeeper"));
        auto* menu = new QMenu(this);
        menu->addAction(tr("Show LeaseKeeper"), this, [this] {
            showNormal();
            activateWindow();
        });
        menu->addAction(tr("Quit"), this, &MainWindow::quitForReal);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { showNormal(); });
        // A click on an alert's notification brings the window forward.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
        });
    }
    return m_tray;
}

void MainWindow::quitForReal() {
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (auto* splitter = findChild<QSplitter*>(u"mainSplitter"_s))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!mayClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace lk
