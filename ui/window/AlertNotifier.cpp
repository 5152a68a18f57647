#include "window/AlertNotifier.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// A notification bubble has room for a few lines: more alerts are counted.
constexpr int kListedAlerts = 4;

QSystemTrayIcon::MessageIcon iconOf(const QList<RaisedAlert>& alerts) {
    bool warning = false;
    for (const RaisedAlert& alert : alerts) {
        if (alert.message.severity == u"critical"_s)
            return QSystemTrayIcon::Critical;
        warning = warning || alert.message.severity == u"warning"_s;
    }
    return warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
}

} // namespace

AlertNotifier::AlertNotifier(QStatusBar& statusBar, std::function<QSystemTrayIcon*()> tray, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_tray(std::move(tray)) {}

void AlertNotifier::show(const QList<RaisedAlert>& alerts) {
    if (alerts.isEmpty())
        return;
    const AlertMessage& newest = alerts.last().message;
    if (alerts.size() == 1) {
        m_lastTitle = newest.summary;
        m_lastText = newest.detail;
    } else {
        m_lastTitle = tr("%n new alert(s) from the License Manager", nullptr, int(alerts.size()));
        QStringList lines;
        for (qsizetype i = alerts.size() - 1; i >= 0 && lines.size() < kListedAlerts; --i)
            lines.append(alerts[i].message.summary);
        if (alerts.size() > kListedAlerts)
            lines.append(tr("and %n more", nullptr, int(alerts.size()) - kListedAlerts));
        m_lastText = lines.join(u'\n');
    }
    m_statusBar.showMessage(alerts.size() == 1 ? tr("Alert: %1").arg(newest.summary)
                                               : tr("%1; the newest: %2").arg(m_lastTitle, newest.summary),
                            kShownMs);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (QSystemTrayIcon* tray = m_tray()) {
            tray->show();
            tray->showMessage(m_lastTitle, m_lastText, iconOf(alerts), kShownMs / 6);
        }
    }
    Q_EMIT notified(m_lastTitle, m_lastText);
}

} // namespace lk
