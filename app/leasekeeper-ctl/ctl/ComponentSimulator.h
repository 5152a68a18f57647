#pragma once

#include "client/EventLoopScheduler.h"
#include "client/HttpTransport.h"
#include "client/LicenseClient.h"

#include <QObject>
#include <QTextStream>
#include <memory>
#include <vector>

namespace lk {

// Many simulated components in one process: they share one scheduler, one
// network manager and one event loop, so ten thousand of them cost little
// more than one. Each behaves exactly like a component embedding LicenseClient.
class ComponentSimulator final : public QObject {
    Q_OBJECT

public:
    struct Options {
        QList<QUrl> managers;
        LeaseRequest identity; // instance is the base name when count > 1
        int count = 1;
        bool json = false;
        int requestTimeoutMs = HttpTransport::kDefaultTimeoutMs;
        TlsClientOptions tls; // for https:// URLs
        QByteArray siteKey;   // sent as X-Site-Key when not empty
    };

    ComponentSimulator(Options options, QTextStream& out, QObject* parent = nullptr);

    void start();
    // Releases every lease; `allFinished` follows.
    void stop();
    // 0 when every component stopped cleanly, else the exit status of the
    // first one that failed.
    int exitStatus() const { return m_exitStatus; }

Q_SIGNALS:
    void allFinished();

private:
    void print(const ClientEvent& event);
    void onFinished(const LicenseClient& client);

    Options m_options;
    QTextStream& m_out;
    EventLoopScheduler m_scheduler;
    // One pool of connections for every component; a large fleet gets more
    // of them, so that its components start in parallel like separate
    // processes would, not six at a time.
    HttpTransport m_transport;
    std::vector<std::unique_ptr<LicenseClient>> m_clients;
    int m_running = 0;
    int m_exitStatus = 0;
};

} // namespace lk
