#pragma once

#include "FreePort.h"
#include "HttpTestClient.h"
#include "LoadBalancerProcess.h"
#include "PgTestCluster.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"
#include "SimulatorProcess.h"
#include "TestLicense.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <csignal>
#include <memory>

namespace lk::test {

// A whole HA deployment from real parts on loopback: a PostgreSQL cluster of
// its own, two leasekeeper-server processes on it, HAProxy running the
// configuration `leasekeeper-ctl lb-config` writes, and simulated components
// renewing every second through HAProxy. Shared by the failover test and
// the failover benchmark.
class HaRig {
public:
    static constexpr QByteArrayView kToken = "ha-rig-admin-token-0123456789";

    ~HaRig() {
        m_simulator.reset();
        m_balancer.reset();
        m_primary.reset();
        m_secondary.reset();
        m_database.reset(); // before m_cluster stops
    }

    // Starts everything and waits until `components` hold leases. On
    // failure, says why in `error`.
    bool start(int components) {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        if (!m_cluster.start())
            return fail(QStringLiteral("the PostgreSQL cluster did not start"));
        m_database = std::make_unique<PgTestDatabase>();
        if (!m_database->ok())
            return fail(m_database->error);
        if (!writeFiles(components))
            return false;
        m_primaryPort = freePort();
        m_secondaryPort = freePort();
        m_balancerPort = freePort();
        m_primary = std::make_unique<ServerProcess>();
        m_secondary = std::make_unique<ServerProcess>();
        if (!startNode(*m_primary, QStringLiteral("lm-primary"), QStringLiteral("primary"), m_primaryPort) ||
            !startNode(*m_secondary, QStringLiteral("lm-secondary"), QStringLiteral("secondary"),
                       m_secondaryPort))
            return fail(QStringLiteral("a node did not start"));
        if (!startBalancer())
            return false;
        m_simulator = std::make_unique<SimulatorProcess>();
        m_simulator->start({QStringLiteral("--url"), balancerUrl(), QStringLiteral("--type"),
                            QStringLiteral("vdp"), QStringLiteral("--host"), QStringLiteral("sim"),
                            QStringLiteral("--cores"), QStringLiteral("1"), QStringLiteral("--count"),
                            QString::number(components), QStringLiteral("--timeout-ms"),
                            QStringLiteral("10000")});
        const bool licensed =
            QTest::qWaitFor([&] { return count(QStringLiteral("licensed")) == components; }, 30000);
        return licensed ? true
                        : fail(QStringLiteral("only %1 of %2 components got a lease")
                                   .arg(count(QStringLiteral("licensed")))
                                   .arg(components));
    }

    QString balancerUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_balancerPort); }
    quint16 primaryPort() const { return m_primaryPort; }
    quint16 secondaryPort() const { return m_secondaryPort; }
    ServerProcess& primary() { return *m_primary; }
    SimulatorProcess& simulator() { return *m_simulator; }
    PgTestDatabase& database() { return *m_database; }

    void signalPrimary(int signal) { ::kill(pid_t(m_primary->pid()), signal); }
    bool restartPrimary() {
        m_primary = std::make_unique<ServerProcess>();
        return startNode(*m_primary, QStringLiteral("lm-primary"), QStringLiteral("primary"), m_primaryPort);
    }
    int setMaintenance(quint16 port, bool enabled) {
        HttpTestClient admin(port);
        admin.setToken(QByteArray(kToken.data(), kToken.size()));
        return admin
            .post(QStringLiteral("/api/v1/maintenance"), QJsonObject{{QStringLiteral("enabled"), enabled}})
            .status;
    }
    int cluster(const QString& action) { return m_cluster.run(action); }

    // Events of the simulated components, as they printed them.
    QList<QJsonObject> events() { return m_simulator->events(); }
    int count(const QString& event, const QDateTime& since = {}) {
        int n = 0;
        for (const QJsonObject& e : events())
            n += e.value(QStringLiteral("event")).toString() == event &&
                 (!since.isValid() || timeOf(e) >= since);
        return n;
    }
    // When `node` first served a renewal (or grant) after `since`; invalid if never.
    QDateTime firstServedBy(const QString& node, const QDateTime& since) {
        for (const QJsonObject& e : events()) {
            const QString kind = e.value(QStringLiteral("event")).toString();
            const bool served = kind == QStringLiteral("renewed") || kind == QStringLiteral("licensed") ||
                                kind == QStringLiteral("recovered");
            if (served && e.value(QStringLiteral("node")).toString() == node && timeOf(e) >= since)
                return timeOf(e);
        }
        return {};
    }
    // Live leases as the primary or secondary counts them.
    int liveLeases(quint16 port) {
        const QJsonObject status = HttpTestClient(port).get(QStringLiteral("/api/v1/status")).json;
        return status
            .value(QStringLiteral("license"))[QStringLiteral("components")][QStringLiteral("vdp")]
                                             [QStringLiteral("instances_used")]
            .toInt(-1);
    }
    static QDateTime timeOf(const QJsonObject& event) {
        return QDateTime::fromString(event.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    }

    QString error;
    QString balancerOutput() { return m_balancer ? m_balancer->output() : QString(); }

private:
    bool fail(const QString& why) {
        error = why;
        return false;
    }
    static QString write(const QString& path, const QByteArray& bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) >= 0 ? path : QString();
    }

    bool writeFiles(int components) {
        QJsonObject terms = exampleTerms();
        terms[QStringLiteral("renew_after_s")] = 1;
        terms[QStringLiteral("components")] = QJsonObject{
            {QStringLiteral("vdp"), QJsonObject{{QStringLiteral("max_instances"), components},
                                                {QStringLiteral("max_cores_per_instance"), 4},
                                                {QStringLiteral("max_total_cores"), components}}}};
        if (!writeSignedLicense(terms, m_dir.filePath(QStringLiteral("issuer.pub")),
                                m_dir.filePath(QStringLiteral("license.json"))))
            return fail(QStringLiteral("cannot write the license"));
        if (write(m_dir.filePath(QStringLiteral("admin.token")), QByteArray(kToken.data(), kToken.size()))
                .isEmpty() ||
            write(m_dir.filePath(QStringLiteral("db.password")), m_database->password.toUtf8()).isEmpty())
            return fail(QStringLiteral("cannot write the token or password file"));
        return true;
    }

    bool startNode(ServerProcess& node, const QString& name, const QString& role, quint16 port) {
        const QString data = m_dir.filePath(name);
        QDir().mkpath(data);
        const quint16 listening =
            node.start({QStringLiteral("--db"), m_database->url(), QStringLiteral("--db-password-file"),
                        m_dir.filePath(QStringLiteral("db.password")), QStringLiteral("--license"),
                        m_dir.filePath(QStringLiteral("license.json")), QStringLiteral("--trust"),
                        m_dir.filePath(QStringLiteral("issuer.pub")), QStringLiteral("--admin-token-file"),
                        m_dir.filePath(QStringLiteral("admin.token")), QStringLiteral("--data-dir"), data,
                        QStringLiteral("--node-name"), name, QStringLiteral("--role"), role,
                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1")},
                       port);
        if (listening == 0)
            return fail(QStringLiteral("%1 did not start: %2").arg(name, QString::fromUtf8(node.log())));
        return QTest::qWaitFor(
            [&] { return HttpTestClient(port).get(QStringLiteral("/pingLicenseManager")).status == 200; },
            15000);
    }

    bool startBalancer() {
        const QString haproxy = LoadBalancerProcess::find(QStringLiteral("haproxy"));
        if (haproxy.isEmpty())
            return fail(QString::fromUtf8(LoadBalancerProcess::missing(QStringLiteral("haproxy"))));
        const QString config = m_dir.filePath(QStringLiteral("haproxy.cfg"));
        const int generated = QProcess::execute(
            ServerProcess::binary(QStringLiteral("leasekeeper-ctl")),
            {QStringLiteral("lb-config"), QStringLiteral("haproxy"), QStringLiteral("--primary"),
             QStringLiteral("127.0.0.1:%1").arg(m_primaryPort), QStringLiteral("--secondary"),
             QStringLiteral("127.0.0.1:%1").arg(m_secondaryPort), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(m_balancerPort), QStringLiteral("--out"), config});
        if (generated != 0)
            return fail(QStringLiteral("leasekeeper-ctl lb-config failed"));
        m_balancer = std::make_unique<LoadBalancerProcess>(
            haproxy, QStringList{QStringLiteral("-db"), QStringLiteral("-f"), config});
        const bool up = HttpTestClient(m_balancerPort).waitUntilServedBy("lm-primary");
        return up ? true : fail(QStringLiteral("HAProxy does not answer: %1").arg(m_balancer->output()));
    }

    QTemporaryDir m_dir;
    PgTestCluster m_cluster;
    std::unique_ptr<PgTestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_primary;
    std::unique_ptr<ServerProcess> m_secondary;
    std::unique_ptr<LoadBalancerProcess> m_balancer;
    std::unique_ptr<SimulatorProcess> m_simulator;
    quint16 m_primaryPort = 0;
    quint16 m_secondaryPort = 0;
    quint16 m_balancerPort = 0;
};

} // namespace lk::test
