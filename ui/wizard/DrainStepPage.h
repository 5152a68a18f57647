#pragma once

#include "ha/FailoverDrill.h"

#include <QWizardPage>
#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lk {

class Prompts;

// Moves traffic off the primary before its update: after confirmation the
// primary goes into maintenance and the page watches the load balancer until
// the secondary answers. The primary stays in maintenance; restarting it
// ends that.
class DrainStepPage final : public QWizardPage {
    Q_OBJECT

public:
    // `setup` is asked for when the button is pressed: node names are known by then.
    DrainStepPage(QNetworkAccessManager& network, std::function<FailoverDrill::Setup()> setup,
                  Prompts& prompts, QWidget* parent = nullptr);
    ~DrainStepPage() override;

    bool isComplete() const override { return m_drained; }
    void drain();
    QString log() const;

Q_SIGNALS:
    void drainFinished(bool ok);

private:
    QNetworkAccessManager& m_network;
    std::function<FailoverDrill::Setup()> m_setup;
    Prompts& m_prompts;
    QPushButton* m_run;
    QPlainTextEdit* m_log;
    QLabel* m_result;
    std::unique_ptr<FailoverDrill> m_drill;
    bool m_drained = false;
};

} // namespace lk
