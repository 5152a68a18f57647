#include "wizard/UpdateWizard.h"

#include "ha/FailoverDrill.h"
#include "ha/HaChecker.h"
#include "ha/NodeWatch.h"
#include "window/Prompts.h"
#include "wizard/CheckedStepPage.h"
#include "wizard/DrainStepPage.h"
#include "wizard/NodeUpdatePage.h"

#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr int kWatchMs = 1000;

QStringList ids(std::initializer_list<QStringView> list) {
    QStringList out;
    for (const QStringView id : list)
        out << id.toString();
    return out;
}

QStringList allChecks() {
    return ids({HaCheck::kLicenseAllowsHa, HaCheck::kPrimaryReachable, HaCheck::kSecondaryReachable,
                HaCheck::kSameLicense, HaCheck::kSameCluster, HaCheck::kClockSync, HaCheck::kLbHealth,
                HaCheck::kLbRoutesToPrimary, HaCheck::kSecondaryIsStandby});
}
} // namespace

UpdateWizard::UpdateWizard(HaTargets pair, QByteArray primaryToken, QNetworkAccessManager& network,
                           Prompts& prompts, QWidget* parent)
    : QWizard(parent)
    , m_pair(std::move(pair))
    , m_primaryToken(std::move(primaryToken))
    , m_network(network)
    , m_prompts(prompts)
    , m_primaryWatch(std::make_unique<NodeWatch>(m_pair.primary, network, m_clock, kWatchMs))
    , m_secondaryWatch(std::make_unique<NodeWatch>(m_pair.secondary, network, m_clock, kWatchMs)) {
    if (m_pair.adminToken.isEmpty())
        m_pair.adminToken = m_primaryToken;
    setObjectName(u"updateWizard"_s);
    setWindowTitle(tr("Update the pair node by node"));
    setWizardStyle(QWizard::ModernStyle);
    addPages();
    // Watched from the start: the drain needs both nodes' names.
    m_primaryWatch->start();
    m_secondaryWatch->start();
    resize(760, 620);
}

bool UpdateWizard::nodesKnown() const {
    return !m_primaryWatch->last().node.isEmpty() && !m_secondaryWatch->last().node.isEmpty();
}

UpdateWizard::~UpdateWizard() = default;

void UpdateWizard::runChecks(QObject* context, std::function<void(const QList<HaCheck>&)> done) {
    auto* checker = new HaChecker(m_network, context);
    checker->run(m_pair, [checker, done = std::move(done)](const QList<HaCheck>& checks) {
        done(checks);
        checker->deleteLater();
    });
}

FailoverDrill::Setup UpdateWizard::drillSetup() const {
    // Nodes are told apart by the names they answer with, known from the watches.
    FailoverDrill::Setup setup;
    setup.primary = m_pair.primary;
    setup.loadBalancer = m_pair.loadBalancer;
    setup.primaryToken = m_primaryToken;
    setup.primaryNode = m_primaryWatch->last().node;
    setup.secondaryNode = m_secondaryWatch->last().node;
    setup.secondary = m_pair.secondary; // asked for its name when the watch has none yet
    return setup;
}

void UpdateWizard::addPages() {
    const auto runner = [this](QObject* context, std::function<void(const QList<HaCheck>&)> done) {
        runChecks(context, std::move(done));
    };
    setPage(BeforeStep, new CheckedStepPage(tr("Before you start"),
                                            tr("Update a pair only when it is healthy: every check must "
                                               "pass, so that one node can carry the components while "
                                               "the other is updated. Have the new version at hand on "
                                               "both hosts."),
                                            allChecks(), runner, this));
    setPage(
        SecondaryStep,
        new NodeUpdatePage(tr("Update the secondary"),
                           tr("The secondary carries no traffic. On its host: stop leasekeeper-server, "
                              "install the new version, start it again with the same options. This page "
                              "sees it go down and come back, then checks the pair again."),
                           ids({HaCheck::kSecondaryReachable, HaCheck::kSameLicense, HaCheck::kSameCluster,
                                HaCheck::kClockSync, HaCheck::kSecondaryIsStandby}),
                           runner, *m_secondaryWatch, tr("The secondary"), this));
    setPage(DrainStep, new DrainStepPage(
                           m_network, [this] { return drillSetup(); }, m_prompts, this));
    auto* primary = new NodeUpdatePage(
        tr("Update the primary"),
        tr("Components now renew with the secondary. On the primary's host: stop leasekeeper-server, install "
           "the new version, start it again. A restarted node is out of maintenance; the load balancer "
           "returns traffic to it after three good health checks."),
        ids({HaCheck::kPrimaryReachable, HaCheck::kSameLicense, HaCheck::kSameCluster, HaCheck::kClockSync,
             HaCheck::kLbHealth, HaCheck::kLbRoutesToPrimary}),
        runner, *m_primaryWatch, tr("The primary"), this);
    m_endMaintenance = new QPushButton(tr("&End maintenance without a restart"), primary);
    m_endMaintenance->setObjectName(u"endMaintenance"_s);
    primary->content()->addWidget(m_endMaintenance, 0, Qt::AlignLeft);
    connect(m_endMaintenance, &QPushButton::clicked, this, &UpdateWizard::endMaintenance);
    setPage(PrimaryStep, primary);
    auto* done =
        new CheckedStepPage(tr("Done"), tr("Both nodes are updated. Every check of the pair, once more."),
                            allChecks(), runner, this);
    done->setFinalPage(true);
    setPage(DoneStep, done);
}

void UpdateWizard::endMaintenance() {
    if (m_returning)
        return;
    if (!m_prompts.confirm(this, tr("End maintenance"),
                           tr("Take the primary out of maintenance now? The load balancer sends traffic "
                              "back to it.")))
        return;
    m_returning = new FailoverDrill(m_network, drillSetup(), this);
    m_endMaintenance->setEnabled(false);
    connect(m_returning, &FailoverDrill::finished, this, [this](bool ok) {
        if (!ok)
            m_prompts.error(this, tr("End maintenance"), m_returning->error());
        m_returning->deleteLater();
        m_returning = nullptr;
        m_endMaintenance->setEnabled(true);
        if (auto* page = qobject_cast<CheckedStepPage*>(this->page(PrimaryStep)))
            page->runChecks();
    });
    m_returning->startReturn();
}

} // namespace lk
