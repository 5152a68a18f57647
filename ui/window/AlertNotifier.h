#pragma once

#include "alert/AlertMessage.h"

#include <QObject>
#include <functional>

class QStatusBar;
class QSystemTrayIcon;

namespace lk {

// Shows the alerts a node raised for the console: as a notification of the
// system tray where there is one, and always in the window's status bar, so
// that a desktop without a tray (or a test) still sees them.
class AlertNotifier final : public QObject {
    Q_OBJECT

public:
    static constexpr int kShownMs = 60000;
    // `tray` gives the window's tray icon, made on first use; it is asked
    // only when the system has a tray.
    AlertNotifier(QStatusBar& statusBar, std::function<QSystemTrayIcon*()> tray, QObject* parent = nullptr);

    void show(const QList<RaisedAlert>& alerts);
    const QString& lastTitle() const { return m_lastTitle; }
    const QString& lastText() const { return m_lastText; }

Q_SIGNALS:
    void notified(const QString& title, const QString& text);

private:
    QStatusBar& m_statusBar;
    std::function<QSystemTrayIcon*()> m_tray;
    QString m_lastTitle;
    QString m_lastText;
};

} // namespace lk
