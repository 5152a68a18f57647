#pragma once

#include "ha/HaCheck.h"

#include <QUrl>
#include <QWizard>

class QNetworkAccessManager;

namespace lk {

class Prompts;
class SecretStore;

// Tools > Set up high availability: from one License Manager to a verified
// active-passive pair, one step per page, each checked live against the real
// nodes (the same checks as `leasekeeper-ctl ha check`). What was entered is
// remembered, so the wizard resumes at the step where it was left; nothing
// changes on a server without the administrator confirming it. The last
// step saves the pair as a connection profile.
class HaWizard final : public QWizard {
    Q_OBJECT

public:
    enum Step {
        LicenseStep,
        ClocksStep,
        DatabaseStep,
        SecondaryStep,
        LoadBalancerStep,
        TlsStep,
        ComponentsStep,
        DrillStep,
        SummaryStep
    };

    // `primaryToken` is the primary's admin token, for the failover drill.
    HaWizard(const QUrl& primaryUrl, QByteArray primaryToken, const QString& dataDir,
             const QString& localSqlitePath, QNetworkAccessManager& network, SecretStore& secrets,
             Prompts& prompts, QWidget* parent = nullptr);

    HaTargets targets() const;
    void runChecks(QObject* context, std::function<void(const QList<HaCheck>&)> done);
    void accept() override;
    // Where it starts: the step it was left at, unless told to start over.
    static int savedStep();

Q_SIGNALS:
    void profileSaved(const QString& name);

private:
    void addPages(const QUrl& primaryUrl, const QString& localSqlitePath, SecretStore& secrets,
                  Prompts& prompts);
    void remember();
    void addSummary(const std::function<void(QObject*, std::function<void(const QList<HaCheck>&)>)>& runner);
    QString restored(const QString& key, const QString& fallback) const;

    QNetworkAccessManager& m_network;
    QByteArray m_primaryToken;
    QString m_dataDir;
};

} // namespace lk
