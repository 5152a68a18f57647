#include "ctl/ComponentSimulator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr int kComponentsPerConnection = 40;
constexpr int kMaxConnections = 48; // about what one server's store batches at once
} // namespace

ComponentSimulator::ComponentSimulator(Options options, QTextStream& out, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out) {
    m_transport.setMaxInFlight(std::clamp(m_options.count / kComponentsPerConnection,
                                          HttpTransport::kDefaultMaxInFlight, kMaxConnections));
    m_transport.setTimeoutMs(m_options.requestTimeoutMs);
    m_transport.setTlsOptions(m_options.tls);
    m_transport.setSiteKey(m_options.siteKey);
    m_clients.reserve(size_t(m_options.count));
    for (int i = 1; i <= m_options.count; ++i) {
        LeaseRequest identity = m_options.identity;
        if (m_options.count > 1)
            identity.instance = u"%1-%2"_s.arg(m_options.identity.instance).arg(i);
        auto client = std::make_unique<LicenseClient>(
            m_options.managers, identity, m_transport, m_scheduler,
            RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); }));
        LicenseClient* raw = client.get();
        connect(raw, &LicenseClient::event, this, &ComponentSimulator::print);
        connect(raw, &LicenseClient::finished, this, [this, raw] { onFinished(*raw); });
        m_clients.push_back(std::move(client));
    }
}

void ComponentSimulator::start() {
    m_running = int(m_clients.size());
    for (const auto& client : m_clients)
        client->start();
}

void ComponentSimulator::stop() {
    for (const auto& client : m_clients)
        client->stop();
}

void ComponentSimulator::onFinished(const LicenseClient& client) {
    if (m_exitStatus == 0)
        m_exitStatus = client.exitStatus();
    if (--m_running == 0)
        Q_EMIT allFinished();
}

void ComponentSimulator::print(const ClientEvent& event) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_options.json) {
        QJsonObject line{{u"time"_s, now},
                         {u"event"_s, ClientEvent::kindName(event.kind)},
                         {u"instance"_s, event.instance},
                         {u"message"_s, event.message}};
        if (!event.leaseId.isEmpty())
            line.insert(u"lease_id"_s, event.leaseId);
        if (!event.node.isEmpty())
            line.insert(u"node"_s, event.node);
        if (!event.reason.isEmpty())
            line.insert(u"reason"_s, event.reason);
        if (event.graceRemainingMs)
            line.insert(u"grace_remaining_s"_s, *event.graceRemainingMs / 1000);
        m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << now << ' ' << event.instance << ' ' << ClientEvent::kindName(event.kind);
        if (!event.node.isEmpty())
            m_out << " (" << event.node << ')';
        m_out << ": " << event.message << '\n';
    }
    m_out.flush(); // a watching process must see each line as it happens
}

} // namespace lk
