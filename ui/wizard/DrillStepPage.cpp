#include "wizard/DrillStepPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lk {

DrillStepPage::DrillStepPage(QNetworkAccessManager& network, QByteArray primaryToken, Prompts& prompts,
                             QWidget* parent)
    : TrafficStepPage(
          network, DrillRunner::Mode::Drill,
          Texts{tr("Failover drill (optional)"),
                tr("Rehearse a failover before you need one: the primary goes into maintenance, the "
                   "load balancer should move traffic to the secondary within a few seconds without "
                   "a failed request, and traffic returns when maintenance ends. Components keep "
                   "running throughout. You can skip this step."),
                tr("&Run the drill..."), tr("Drill progress"), tr("Failover drill")},
          [this] { return setup(); },
          [](const FailoverDrill::Setup& given) {
              return tr("Put the primary %1 in maintenance now? The load balancer moves traffic to the "
                        "secondary; maintenance ends by itself when the drill finishes.")
                  .arg(given.primary.toString());
          },
          prompts, parent)
    , m_primaryToken(std::move(primaryToken)) {
    button()->setObjectName(u"runDrill"_s);
    logView()->setObjectName(u"drillLog"_s);
    result()->setObjectName(u"drillResult"_s);
    connect(this, &TrafficStepPage::runFinished, this, &DrillStepPage::drillFinished);
}

FailoverDrill::Setup DrillStepPage::setup() const {
    // Node names are left to the runner: each node names itself.
    FailoverDrill::Setup setup;
    setup.primary = QUrl(field(u"primaryUrl"_s).toString());
    setup.secondary = QUrl(field(u"secondaryUrl"_s).toString());
    setup.loadBalancer = QUrl(field(u"lbUrl"_s).toString());
    setup.primaryToken = m_primaryToken;
    return setup;
}

} // namespace lk
