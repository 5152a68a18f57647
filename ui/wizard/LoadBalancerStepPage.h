#pragma once

#include "wizard/CheckedStepPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lk {

class Prompts;

// Step 5: the load balancer. Writes an active-passive configuration for
// HAProxy or nginx (to copy or save), or explains what any other load
// balancer needs, then checks the pair through the virtual host.
class LoadBalancerStepPage final : public CheckedStepPage {
    Q_OBJECT

public:
    LoadBalancerStepPage(Runner runner, Prompts& prompts, QWidget* parent = nullptr);

    void initializePage() override;
    QString configuration() const;
    bool saveConfiguration(const QString& path);

private:
    void regenerate();

    Prompts& m_prompts;
    QComboBox* m_kind;
    QLineEdit* m_listen;
    QLineEdit* m_virtualHost;
    QPlainTextEdit* m_config;
};

} // namespace lk
