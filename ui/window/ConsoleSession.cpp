#include "window/ConsoleSession.h"

#include "console/AlertFeed.h"
#include "console/ConsoleDataDir.h"
#include "console/ProfileStore.h"
#include "pages/AlertSettingsDialog.h"
#include "pages/AuditPage.h"
#include "pages/ClockPage.h"
#include "pages/GracePage.h"
#include "pages/HistoryPage.h"
#include "pages/LeasesPage.h"
#include "pages/LicensePage.h"
#include "pages/UsagePage.h"
#include "util/AdminTokenFile.h"
#include "window/AlertNotifier.h"
#include "window/MainWindow.h"
#include "window/ProfilesDialog.h"
#include "wizard/HaWizard.h"
#include "wizard/UpdateWizard.h"

#include <QProcess>
#include <QStyle>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lk {

ConsoleSession::ConsoleSession(ConsoleOptions options, const Clock& clock, Prompts& prompts)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_prompts(prompts)
    , m_launch([](const QStringList& arguments) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    }) {}

ConsoleSession::~ConsoleSession() {
    // The window goes first: it watches the monitor, which polls the server.
    m_window.reset();
    m_alertFeed.reset();
    m_watchedNodes.clear();
    m_monitor.reset();
    m_server.reset();
}

QByteArray ConsoleSession::readToken(const QString& path) {
    // Without its token the console still shows what is open to anyone; say
    // why the leases and the administration stay closed.
    auto token = readAdminToken(path);
    if (!token) {
        m_prompts.error(m_window.get(), tr("Admin token"),
                        tr("The console has no admin token, so leases and administration are unavailable: %1")
                            .arg(token.error().message));
        return {};
    }
    return token.value();
}

QUrl ConsoleSession::localUrl() const {
    // Listening on all interfaces still answers on loopback.
    const bool any = m_options.bind == QHostAddress::Any || m_options.bind == QHostAddress::AnyIPv4 ||
                     m_options.bind == QHostAddress::AnyIPv6;
    QHostAddress host = any ? QHostAddress(QHostAddress::LocalHost) : m_options.bind;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_server->port());
    return url;
}

Status ConsoleSession::startLocalServer() {
    const ConsoleDataDir data(m_options.dataDir);
    auto created = data.ensureLicense(m_clock);
    if (!created)
        return created.error();
    m_createdDemo = created.value();
    quint16 port = m_options.port;
    for (;;) {
        m_server = std::make_unique<LicenseServer>(data.serverConfig(port, m_options.bind), m_clock);
        const Status started = m_server->start();
        if (started)
            return {};
        m_server.reset();
        if (started.error().code != u"listen_failed"_s || port == 0)
            return started;
        const auto next = m_prompts.anotherPort(nullptr, port, quint16(port == 65535 ? 10092 : port + 1),
                                                started.error().message);
        if (!next)
            return started;
        port = *next;
    }
}

void ConsoleSession::addPages() {
    MainWindow& window = *m_window;
    auto* leases = new LeasesPage(*m_monitor, m_prompts, m_clock);
    QObject::connect(&window, &MainWindow::ticked, leases,
                     [leases](qint64 now, qint64) { leases->tick(now); });
    window.addPage(tr("Leases"), window.style()->standardIcon(QStyle::SP_FileDialogListView), leases);

    auto* grace = new GracePage(*m_monitor, m_clock);
    QObject::connect(&window, &MainWindow::ticked, grace, [grace](qint64 now, qint64) { grace->tick(now); });
    window.addPage(tr("Grace"), window.style()->standardIcon(QStyle::SP_BrowserStop), grace);

    auto* history = new HistoryPage(m_monitor->client(), m_prompts, m_clock);
    QObject::connect(m_monitor.get(), &NodeMonitor::statusChanged, history, [history, this] {
        if (m_monitor->status().license)
            history->setComponentTypes(m_monitor->status().license->components.keys());
    });
    window.addPage(tr("History"), window.style()->standardIcon(QStyle::SP_FileDialogContentsView), history);
    QObject::connect(leases, &LeasesPage::leaseFreed, history, &HistoryPage::refresh);
    QTimer::singleShot(0, history, &HistoryPage::refresh);

    // It reads only, so a viewer token changes nothing on it.
    auto* usage = new UsagePage(m_monitor->client(), m_prompts, m_clock);
    window.addPage(tr("Usage"), UsagePage::icon(), usage);

    auto* license = new LicensePage(*m_monitor, m_server.get(), m_prompts, m_clock);
    QObject::connect(m_monitor.get(), &NodeMonitor::statusChanged, license,
                     [license, this] { license->setStatus(m_monitor->status()); });
    window.addPage(tr("License"), window.style()->standardIcon(QStyle::SP_FileDialogDetailedView), license);

    QList<NodeMonitor*> clocks;
    for (const auto& node : m_watchedNodes)
        clocks.append(node.get());
    if (clocks.isEmpty())
        clocks.append(m_monitor.get()); // a single node: its own address
    auto* clock = new ClockPage(clocks, m_network, m_clock);
    window.addPage(tr("Clock"), window.style()->standardIcon(QStyle::SP_BrowserReload), clock);

    auto* audit = new AuditPage(m_monitor->client(), m_prompts, m_clock);
    window.addPage(tr("Audit"), window.style()->standardIcon(QStyle::SP_FileDialogInfoView), audit);
    QObject::connect(leases, &LeasesPage::leaseFreed, audit, &AuditPage::refresh);
    m_leasesPage = leases;
}

void ConsoleSession::watchDenials() {
    // The overview's "denials in the last hour" alert: cheap enough to ask twice a minute.
    auto count = [this] {
        HistoryQuery query;
        query.sinceMs = m_clock.nowMs() - 3600LL * 1000;
        query.kind = HistoryEntry::Kind::Denial;
        query.limit = 10000;
        m_monitor->client().fetchHistory(query, [this](const Result<QList<HistoryEntry>>& entries) {
            if (!entries || !m_window)
                return;
            const auto denials = std::count_if(entries->cbegin(), entries->cend(), [](const HistoryEntry& e) {
                return e.kind == HistoryEntry::Kind::Denial;
            });
            m_window->setDenialsLastHour(int(denials));
        });
    };
    m_denialTimer.setInterval(30000);
    QObject::connect(&m_denialTimer, &QTimer::timeout, m_window.get(), count);
    m_denialTimer.start();
    QTimer::singleShot(0, m_window.get(), count);
}

void ConsoleSession::watchAlerts() {
    m_alertFeed = std::make_unique<AlertFeed>(m_monitor->client());
    QObject::connect(m_alertFeed.get(), &AlertFeed::newAlerts, &m_window->alertNotifier(),
                     &AlertNotifier::show);
    // Once per outage: the window already says when the node does not answer.
    QObject::connect(m_alertFeed.get(), &AlertFeed::problemChanged, m_alertFeed.get(),
                     [](const QString& problem) {
                         if (!problem.isEmpty())
                             qWarning("alerts not followed: %s", qPrintable(problem));
                     });
    m_alertFeed->start();
}

void ConsoleSession::showAlertSettings() {
    auto* dialog =
        new AlertSettingsDialog(m_monitor->client(), *m_alertFeed, m_window->isReadOnly(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    // Opened from the menu with the mouse: take the keyboard too.
    dialog->raise();
    dialog->activateWindow();
    dialog->load();
}

void ConsoleSession::checkAccess() {
    // Asked once the token is known: a viewer token makes the console read-only.
    m_monitor->client().fetchAccess([this](const Result<wire::AccessAnswer>& access) {
        if (!access || !m_window || access->role != u"viewer"_s)
            return;
        m_window->setReadOnly(access->token);
        if (m_leasesPage)
            m_leasesPage->setReadOnly(true);
    });
}

void ConsoleSession::resolveRemoteToken() {
    const QString key = ConnectionProfile::tokenKey(m_options.connectUrl);
    if (!m_options.tokenFile.isEmpty()) {
        const QByteArray token = readToken(m_options.tokenFile);
        m_monitor->client().setAdminToken(token);
        if (token.isEmpty())
            return;
        checkAccess();
        m_secrets.write(key, token, [](const Status& stored) {
            if (!stored)
                qWarning("admin token not remembered: %s", qPrintable(stored.error().message));
        });
        return;
    }
    m_secrets.read(key, [this](const Result<std::optional<QByteArray>>& token) {
        if (token && token->has_value()) {
            m_monitor->client().setAdminToken(**token);
            m_monitor->refresh();
            checkAccess();
        }
    });
}

Status ConsoleSession::applyProfile() {
    auto profile = ProfileStore(m_options.dataDir).find(m_options.profileName);
    if (!profile)
        return profile.error();
    m_options.connectUrl = profile->serviceUrl;
    m_profileNodes = profile->nodeUrls;
    if (!profile->caFile.isEmpty() || !profile->pinsSha256.isEmpty()) {
        auto tls = profile->tlsOptions();
        if (!tls)
            return tls.error();
        m_network.setTlsOptions(std::move(tls).value());
    }
    return {};
}

void ConsoleSession::watchProfileNodes() {
    for (const QUrl& url : std::as_const(m_profileNodes)) {
        // The service address already shows a node that is the only one.
        if (url == m_options.connectUrl && m_profileNodes.size() == 1)
            continue;
        auto node = std::make_unique<NodeMonitor>(url, m_network, m_clock);
        node->setIntervals({NodeMonitor::Intervals{}.statusMs, 0});
        m_window->watchNode(*node);
        node->start();
        m_watchedNodes.push_back(std::move(node));
    }
}

void ConsoleSession::showProfiles() {
    auto* dialog = new ProfilesDialog(m_options.dataDir, m_secrets, m_prompts, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ProfilesDialog::openRequested, dialog, [this, dialog](const QString& name) {
        const QStringList arguments{u"--profile"_s, name, u"--data-dir"_s, m_options.dataDir};
        if (!m_launch(arguments))
            m_prompts.error(dialog, tr("Connection profiles"),
                            tr("Could not start another console window for '%1'.").arg(name));
    });
    dialog->show();
}

void ConsoleSession::showHaWizard() {
    // The pair's primary must be reachable from the other host and the load
    // balancer: name the local node by its host name, not by loopback.
    // With a pair's profile the service address is the load balancer's: the
    // primary is the profile's first node.
    QUrl primary = m_profileNodes.isEmpty() ? m_monitor->client().baseUrl() : m_profileNodes.first();
    QString sqlitePath;
    if (m_server) {
        primary.setHost(QSysInfo::machineHostName());
        if (!m_server->config().postgres)
            sqlitePath = m_server->config().sqlitePath;
    }
    auto* wizard = new HaWizard(primary, m_monitor->client().adminToken(), m_options.dataDir, sqlitePath,
                                m_network, m_secrets, m_prompts, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &HaWizard::profileSaved, wizard, [this](const QString& name) {
        if (m_prompts.confirm(
                m_window.get(), tr("High availability"),
                tr("The pair is saved as the connection profile '%1'. Open it in a new window?").arg(name)))
            m_launch({u"--profile"_s, name, u"--data-dir"_s, m_options.dataDir});
    });
    wizard->show();
}

void ConsoleSession::showUpdateWizard() {
    if (m_profileNodes.size() != 2) {
        return m_prompts.error(m_window.get(), tr("Update the pair"),
                               tr("Open the pair's connection profile first (File > Connection profiles): "
                                  "the update needs its primary, its secondary and the load balancer."));
    }
    HaTargets pair;
    pair.primary = m_profileNodes.at(0);
    pair.secondary = m_profileNodes.at(1);
    pair.loadBalancer = m_options.connectUrl;
    auto* wizard =
        new UpdateWizard(pair, m_monitor->client().adminToken(), m_network, m_prompts, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

Status ConsoleSession::start() {
    m_network.setTlsOptions(m_options.tls);
    if (!m_options.profileName.isEmpty()) {
        if (auto applied = applyProfile(); !applied)
            return applied;
    }
    QUrl url = m_options.connectUrl;
    QByteArray token;
    if (m_options.localServer) {
        if (auto started = startLocalServer(); !started)
            return started;
        url = localUrl();
        token = readToken(m_server->config().adminTokenPath);
    }
    m_monitor = std::make_unique<NodeMonitor>(url, m_network, m_clock);
    m_monitor->client().setAdminToken(token);
    if (!m_options.localServer)
        resolveRemoteToken();
    m_window = std::make_unique<MainWindow>(*m_monitor, m_clock, m_prompts);
    m_window->setHostsLocalServer(m_server != nullptr);
    if (!m_options.profileName.isEmpty())
        m_window->setProfileName(m_options.profileName);
    QObject::connect(m_window.get(), &MainWindow::profilesRequested, m_window.get(),
                     [this] { showProfiles(); });
    QObject::connect(m_window.get(), &MainWindow::haWizardRequested, m_window.get(),
                     [this] { showHaWizard(); });
    QObject::connect(m_window.get(), &MainWindow::updateWizardRequested, m_window.get(),
                     [this] { showUpdateWizard(); });
    QObject::connect(m_window.get(), &MainWindow::alertSettingsRequested, m_window.get(),
                     [this] { showAlertSettings(); });
    watchProfileNodes();
    addPages();
    m_monitor->start();
    watchDenials();
    watchAlerts();
    return {};
}

} // namespace lk
