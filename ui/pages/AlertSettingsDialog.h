#pragma once

#include "wire/AlertSettingsAnswer.h"
#include "wire/AlertsAnswer.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace lk {

class AlertChannelsForm;
class AlertFeed;
class AlertRulesTable;
class DeliveryLogTable;
class NodeClient;

// Settings > Alerts: where the node sends its alerts and which rules raise
// them, saved on the node; a test alert on every channel; the delivery log.
// With a viewer token everything is shown and nothing can be changed.
class AlertSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    AlertSettingsDialog(NodeClient& client, AlertFeed& feed, bool readOnly, QWidget* parent = nullptr);

    // Asks the node for its settings again (the form is replaced).
    void load();
    void save();
    void sendTest();
    // The line under the form: saved, refused and why, or a load error.
    QString message() const;
    QString testOutcome() const;

Q_SIGNALS:
    void loaded(bool ok);
    void saved(bool ok);
    void testFinished(bool ok);

private:
    QWidget* buildButtons();
    void present(const wire::AlertSettingsAnswer& answer);
    void showMessage(bool ok, const QString& text);
    void showTest(const wire::AlertsAnswer& answer);
    void updateButtons();

    NodeClient& m_client;
    AlertFeed& m_feed;
    bool m_readOnly;
    bool m_hasSettings = false;
    bool m_busy = false;    // reading or saving
    bool m_testing = false; // a test alert under way
    wire::AlertSettingsAnswer m_shown;
    QLabel* m_access;
    QTabWidget* m_tabs;
    AlertChannelsForm* m_channels;
    AlertRulesTable* m_rules;
    DeliveryLogTable* m_log;
    QLabel* m_file;
    QLabel* m_message;
    QLabel* m_testOutcome;
    QProgressBar* m_testBusy;
    QPushButton* m_save;
    QPushButton* m_test;
};

} // namespace lk
