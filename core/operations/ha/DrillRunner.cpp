#include "ha/DrillRunner.h"

#include "admin/NodeClient.h"

#include <QNetworkAccessManager>

namespace lk {

DrillRunner::DrillRunner(QNetworkAccessManager& network, Mode mode, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_mode(mode) {}

DrillRunner::~DrillRunner() = default;

void DrillRunner::start(FailoverDrill::Setup setup) {
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_summary.clear();
    if (!setup.primaryNode.isEmpty() && !setup.secondaryNode.isEmpty())
        return run(setup);
    Q_EMIT progress(tr("Asking both nodes for their names..."));
    learnNames(std::move(setup));
}

void DrillRunner::learnNames(FailoverDrill::Setup setup) {
    // Both asked at once; the drill starts when the second answers.
    auto shared = std::make_shared<FailoverDrill::Setup>(std::move(setup));
    auto pending = std::make_shared<int>(2);
    const auto ask = [this, shared, pending](const QUrl& url, QString FailoverDrill::Setup::*name) {
        auto* client = new NodeClient(url, m_network, m_clock, this);
        client->fetchStatus([this, client, shared, pending, name](const NodeStatus& status) {
            client->deleteLater();
            (*shared).*name = status.node;
            if (--*pending > 0)
                return;
            if (shared->primaryNode.isEmpty() || shared->secondaryNode.isEmpty())
                return finish(false, m_mode == Mode::Drill
                                         ? tr("Both nodes must answer before the drill can start; check "
                                              "their addresses.")
                                         : tr("Both nodes must answer before traffic can move; go back and "
                                              "check them."));
            run(*shared);
        });
    };
    ask(shared->primary, &FailoverDrill::Setup::primaryNode);
    ask(shared->secondary, &FailoverDrill::Setup::secondaryNode);
}

void DrillRunner::run(const FailoverDrill::Setup& setup) {
    m_drill = std::make_unique<FailoverDrill>(m_network, setup);
    connect(m_drill.get(), &FailoverDrill::progress, this, &DrillRunner::progress);
    connect(m_drill.get(), &FailoverDrill::finished, this, &DrillRunner::drillFinished);
    if (m_mode == Mode::Drill)
        m_drill->start();
    else
        m_drill->startDrain();
}

void DrillRunner::cancel() {
    if (m_drill)
        m_drill->cancel();
}

void DrillRunner::drillFinished(bool ok) {
    m_report = m_drill->report();
    const QString error = m_drill->error();
    // Finished is emitted from inside the drill: delete it once it returns.
    m_drill.release()->deleteLater();
    if (m_mode == Mode::Drill)
        return finish(ok,
                      ok ? tr("Traffic moved to the secondary after %1 ms and returned after %2 ms; %3 of "
                              "%4 requests through the load balancer failed.")
                               .arg(m_report.movedAfterMs)
                               .arg(m_report.returnedAfterMs)
                               .arg(m_report.failed)
                               .arg(m_report.requests)
                         : tr("The drill stopped: %1").arg(error));
    finish(ok, ok ? tr("Traffic moved after %1 ms; %2 of %3 requests through the load balancer "
                       "failed. Now update the primary.")
                        .arg(m_report.movedAfterMs)
                        .arg(m_report.failed)
                        .arg(m_report.requests)
                  : tr("Traffic did not move: %1").arg(error));
}

void DrillRunner::finish(bool ok, const QString& summary) {
    m_running = false;
    m_summary = summary;
    Q_EMIT finished(ok);
}

} // namespace lk
