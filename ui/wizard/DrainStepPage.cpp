#include "wizard/DrainStepPage.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lk {

DrainStepPage::DrainStepPage(QNetworkAccessManager& network, std::function<FailoverDrill::Setup()> setup,
                             Prompts& prompts, QWidget* parent)
    : TrafficStepPage(
          network, DrillRunner::Mode::Drain,
          Texts{tr("Move traffic to the secondary"),
                tr("The primary goes into maintenance: its health check fails on purpose, the load "
                   "balancer sends components to the updated secondary, and requests that still "
                   "reach the primary are served. Components keep running."),
                tr("&Move traffic to the secondary..."), tr("Progress"), tr("Move traffic")},
          std::move(setup),
          [](const FailoverDrill::Setup& given) {
              return tr("Put the primary %1 in maintenance now? It stays in maintenance until it is "
                        "restarted or you end maintenance.")
                  .arg(given.primaryNode.isEmpty() ? given.primary.toString() : given.primaryNode);
          },
          prompts, parent) {
    button()->setObjectName(u"drain"_s);
    connect(this, &TrafficStepPage::runFinished, this, &DrainStepPage::drainFinished);
}

} // namespace lk
