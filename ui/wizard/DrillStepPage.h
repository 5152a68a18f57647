#pragma once

#include <QWizardPage>
#include <memory>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

namespace lk {

class FailoverDrill;
class Prompts;

// Step 7 (optional): the failover drill. With the administrator's consent it
// puts the primary in maintenance, shows how long the load balancer takes to
// move traffic to the secondary and whether any request failed, then brings
// traffic back.
class DrillStepPage final : public QWizardPage {
    Q_OBJECT

public:
    DrillStepPage(QNetworkAccessManager& network, QByteArray primaryToken, Prompts& prompts,
                  QWidget* parent = nullptr);
    ~DrillStepPage() override;

    bool isComplete() const override;
    void runDrill();
    QString log() const;

Q_SIGNALS:
    void drillFinished(bool ok);

private:
    void nodeNames(std::function<void(const QString& primary, const QString& secondary)> done);
    void say(const QString& line);

    QNetworkAccessManager& m_network;
    QByteArray m_primaryToken;
    Prompts& m_prompts;
    QPushButton* m_run;
    QPlainTextEdit* m_log;
    QLabel* m_result;
    std::unique_ptr<FailoverDrill> m_drill;
};

} // namespace lk
