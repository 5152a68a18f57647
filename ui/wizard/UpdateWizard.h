#pragma once

#include "ha/FailoverDrill.h"
#include "ha/HaCheck.h"
#include "ha/HaTargets.h"
#include "util/Clock.h"

#include <QWizard>
#include <memory>

class QNetworkAccessManager;
class QPushButton;

namespace lk {

class NodeWatch;
class Prompts;

// Tools > Update the pair node by node: the secondary first (it carries no
// traffic), then traffic moves to it and the primary is updated; the pair's
// checks run between the steps and each node's restart is watched live.
class UpdateWizard final : public QWizard {
    Q_OBJECT

public:
    enum Step { BeforeStep, SecondaryStep, DrainStep, PrimaryStep, DoneStep };

    UpdateWizard(HaTargets pair, QByteArray primaryToken, QNetworkAccessManager& network, Prompts& prompts,
                 QWidget* parent = nullptr);
    ~UpdateWizard() override;

    // Ends the primary's maintenance and watches traffic return, for a
    // primary that was not restarted.
    void endMaintenance();
    // Both nodes answered with their names (the drain tells them apart by it).
    bool nodesKnown() const;

private:
    void addPages();
    void runChecks(QObject* context, std::function<void(const QList<HaCheck>&)> done);
    FailoverDrill::Setup drillSetup() const;

    HaTargets m_pair;
    QByteArray m_primaryToken;
    QNetworkAccessManager& m_network;
    Prompts& m_prompts;
    SystemClock m_clock;
    std::unique_ptr<NodeWatch> m_primaryWatch;
    std::unique_ptr<NodeWatch> m_secondaryWatch;
    QPushButton* m_endMaintenance = nullptr;
    FailoverDrill* m_returning = nullptr;
};

} // namespace lk
