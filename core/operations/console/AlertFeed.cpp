#include "console/AlertFeed.h"

#include "admin/NodeClient.h"

#include <QPointer>

namespace lk {

AlertFeed::AlertFeed(NodeClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertFeed::pollNow);
}

void AlertFeed::start() {
    m_timer.start();
    pollNow();
}

void AlertFeed::pollNow() {
    if (m_polling)
        return;
    m_polling = true;
    m_client.fetchAlerts(m_lastSeq, [this, guard = QPointer(this)](const Result<wire::AlertsAnswer>& answer) {
        if (!guard)
            return;
        m_polling = false;
        if (answer) {
            setProblem({});
            if (answer->deliveries != m_deliveries) {
                m_deliveries = answer->deliveries;
                Q_EMIT deliveriesChanged();
            }
            take(answer->alerts, answer->lastSeq);
        } else {
            setProblem(answer.error().message);
        }
        Q_EMIT polled();
    });
}

void AlertFeed::take(const QList<RaisedAlert>& alerts, qint64 lastSeq) {
    const bool first = !m_hasBaseline;
    m_hasBaseline = true;
    // A node that restarted numbers its alerts from 1 again: everything it
    // raised since is new to us, so ask again from the start.
    if (!first && lastSeq < m_lastSeq) {
        m_lastSeq = 0;
        QTimer::singleShot(0, this, &AlertFeed::pollNow);
        return;
    }
    m_lastSeq = lastSeq;
    if (first)
        return;
    QList<RaisedAlert> forConsole;
    for (const RaisedAlert& alert : alerts) {
        if (alert.channels.contains(QString::fromLatin1(alertchannels::kTray)))
            forConsole.append(alert);
    }
    if (!forConsole.isEmpty())
        Q_EMIT newAlerts(forConsole);
}

void AlertFeed::setProblem(const QString& message) {
    if (message == m_problem)
        return;
    m_problem = message;
    Q_EMIT problemChanged(message);
}

} // namespace lk
