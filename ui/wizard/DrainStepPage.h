#pragma once

#include "wizard/TrafficStepPage.h"

namespace lk {

// Moves traffic off the primary before its update: after confirmation the
// primary goes into maintenance and the page watches the load balancer until
// the secondary answers. The primary stays in maintenance; restarting it
// ends that.
class DrainStepPage final : public TrafficStepPage {
    Q_OBJECT

public:
    // `setup` is asked for when the button is pressed: node names are known by then.
    DrainStepPage(QNetworkAccessManager& network, std::function<FailoverDrill::Setup()> setup,
                  Prompts& prompts, QWidget* parent = nullptr);

    bool isComplete() const override { return succeeded(); }
    void drain() { run(); }

Q_SIGNALS:
    void drainFinished(bool ok);
};

} // namespace lk
