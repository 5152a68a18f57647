#pragma once

#include "admin/NodeStatus.h"
#include "wire/GroupsAnswer.h"

#include <QElapsedTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lk {

class LicenseFitDialog;
class LicenseInstallService;
class LicenseServer;
class NodeMonitor;
class Prompts;
class Clock;

// The installed license in full, and installing a new one: the file is
// checked first and the administrator confirms before anything is replaced.
// Any license file can also be checked against the node's recorded usage.
class LicensePage final : public QWidget {
    Q_OBJECT

public:
    // `localServer` may be null (a remote node): installing is then disabled.
    LicensePage(NodeMonitor& monitor, LicenseServer* localServer, Prompts& prompts, const Clock& clock,
                QWidget* parent = nullptr);

    void setStatus(const NodeStatus& status);
    // Checks `licensePath` (trusting `issuerKeyPath` too, if given) and, once
    // confirmed, installs it. Returns whether it was installed.
    bool installFromFile(const QString& licensePath, const QString& issuerKeyPath = {});
    QString feedback() const;
    // Opens the dialog that checks `licensePath` against the node's recorded
    // usage and starts the check; null (and the reason in the feedback line)
    // when the file cannot be read.
    LicenseFitDialog* checkFitOfFile(const QString& licensePath);
    // Asks the node for its host groups and shows their use (setStatus does,
    // at most every few seconds).
    void refreshGroups();
    QTableWidget* groupsTable() const { return m_groups; }

private:
    void chooseAndInstall();
    void chooseAndCheckFit();
    void showFeedback(bool ok, const QString& text);
    void showGroups(const wire::GroupsAnswer& answer);

    NodeMonitor& m_monitor;
    LicenseInstallService* m_installService; // null for a remote node
    Prompts& m_prompts;
    QFormLayout* m_details;
    QTableWidget* m_components;
    QLabel* m_groupsTitle;
    QTableWidget* m_groups;
    QElapsedTimer m_groupsAsked;
    QPushButton* m_install;
    QPushButton* m_checkFit;
    QLabel* m_feedback;
    std::optional<LicenseTerms> m_current;
};

} // namespace lk
