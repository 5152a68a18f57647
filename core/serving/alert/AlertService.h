#pragma once

#include "alert/AlertDispatcher.h"
#include "alert/AlertMonitor.h"
#include "alert/AlertSettingsFile.h"

#include <QObject>
#include <memory>

namespace lk {

// A node's alerts: the settings (from the --alerts file, or the defaults
// without one), the monitor that raises alerts and the dispatcher that
// delivers them. Settings changed through the API are saved to the file and
// take effect at once; an edit of the file does too.
class AlertService final : public QObject {
    Q_OBJECT

public:
    AlertService(LeaseService& service, const Clock& clock, std::function<qint64()> storeNow, QString role,
                 QString path, QObject* parent = nullptr);
    ~AlertService() override;

    // Reads the settings and starts watching; a file that does not parse,
    // or names a secret file that cannot be read, is an error.
    Status start();
    const AlertSettings& settings() const { return m_settings; }
    // Where changes are saved; empty when the node runs without --alerts.
    QString path() const { return m_file ? m_file->path() : QString(); }
    // Validates, reads the secrets, saves and applies; nothing changes on error.
    Status apply(const AlertSettings& settings);
    // Re-reads the file (an edit on disk); on error the settings in force stay.
    Status reload();

    AlertDispatcher& dispatcher() { return m_dispatcher; }
    AlertMonitor& monitor() { return *m_monitor; }

Q_SIGNALS:
    // The file changed on disk and was re-read, or could not be.
    void fileReloaded(const lk::Status& outcome);

private:
    Status use(const AlertSettings& settings);

    const Clock& m_clock;
    AlertDispatcher m_dispatcher;
    std::unique_ptr<AlertMonitor> m_monitor;
    std::unique_ptr<AlertSettingsFile> m_file;
    AlertSettings m_settings;
};

} // namespace lk
