#pragma once

#include "admin/NodeStatus.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lk {

class LicenseServer;
class NodeMonitor;
class Prompts;
class ConsoleDataDir;
class Clock;

// The installed license in full, and installing a new one: the file is
// checked first and the administrator confirms before anything is replaced.
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

private:
    void chooseAndInstall();
    void showFeedback(bool ok, const QString& text);

    NodeMonitor& m_monitor;
    LicenseServer* m_server;
    Prompts& m_prompts;
    const Clock& m_clock;
    QFormLayout* m_details;
    QTableWidget* m_components;
    QPushButton* m_install;
    QLabel* m_feedback;
    std::optional<LicenseTerms> m_current;
};

} // namespace lk
