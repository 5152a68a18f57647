#include "window/ConsoleSession.h"

#include "console/ConsoleDataDir.h"
#include "pages/LicensePage.h"
#include "window/MainWindow.h"

#include <QStyle>

#include <QFile>

using namespace Qt::StringLiterals;

namespace lk {

ConsoleSession::ConsoleSession(ConsoleOptions options, const Clock& clock, Prompts& prompts)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_prompts(prompts) {}

ConsoleSession::~ConsoleSession() {
    // The window goes first: it watches the monitor, which polls the server.
    m_window.reset();
    m_monitor.reset();
    m_server.reset();
}

QByteArray ConsoleSession::readToken(const QString& path) const {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8192).trimmed() : QByteArray();
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
    auto* license = new LicensePage(*m_monitor, m_server.get(), m_prompts, m_clock);
    QObject::connect(m_monitor.get(), &NodeMonitor::statusChanged, license,
                     [license, this] { license->setStatus(m_monitor->status()); });
    window.addPage(tr("License"), window.style()->standardIcon(QStyle::SP_FileDialogDetailedView), license);
}

Status ConsoleSession::start() {
    QUrl url = m_options.connectUrl;
    QByteArray token = m_options.tokenFile.isEmpty() ? QByteArray() : readToken(m_options.tokenFile);
    if (m_options.localServer) {
        if (auto started = startLocalServer(); !started)
            return started;
        url = localUrl();
        token = readToken(m_server->config().adminTokenPath);
    }
    m_monitor = std::make_unique<NodeMonitor>(url, m_network, m_clock);
    m_monitor->client().setAdminToken(token);
    m_window = std::make_unique<MainWindow>(*m_monitor, m_clock);
    addPages();
    m_monitor->start();
    return {};
}

} // namespace lk
