#pragma once

#include "admin/NodeClient.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>

namespace lk {

// Polls one node: its status every couple of seconds and, with an admin
// token, its leases. Remembers the last leases it saw, so that the console
// can count down grace for every component while the node is unreachable.
class NodeMonitor final : public QObject {
    Q_OBJECT

public:
    struct Intervals {
        int statusMs = 2000;
        int leasesMs = 5000; // 0: never poll leases
    };

    NodeMonitor(QUrl baseUrl, QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);

    NodeClient& client() { return m_client; }
    const NodeClient& client() const { return m_client; }
    void setIntervals(Intervals intervals);
    void start();
    void stop();
    // Polls now instead of waiting for the timers.
    void refresh();

    const NodeStatus& status() const { return m_status; }
    bool hasStatus() const { return m_hasStatus; }
    const LeaseSnapshot& leases() const { return m_leases; }
    bool hasLeases() const { return m_hasLeases; }
    // Last known node clock minus console clock.
    qint64 clockOffsetMs() const { return m_offsetMs; }
    // Console time when the node stopped answering; unset while it answers.
    std::optional<qint64> unreachableSinceMs() const { return m_unreachableSince; }
    QString leasesError() const { return m_leasesError; }
    // Where the next look at the leases continues; empty: a full fetch.
    const QString& leasesCursor() const { return m_leasesCursor; }
    // What the last leasesChanged() brought, for views that apply changes
    // instead of reading 100,000 leases again: `full` (read leases() whole),
    // or the leases granted or renewed (`live`) and the ids that ended.
    const LeaseChanges& lastChanges() const { return m_lastChanges; }

    // Seeds the view from a cache before the first poll answers.
    void restoreLeases(const LeaseSnapshot& snapshot, qint64 offsetMs);

Q_SIGNALS:
    void statusChanged();
    void leasesChanged();
    void reachabilityChanged(bool reachable);

private:
    void pollStatus();
    void pollLeases();
    // Merges one look into m_leases; false when nothing changed.
    bool apply(const LeaseChanges& changes);
    void indexLeases();

    NodeClient m_client;
    const Clock& m_clock;
    QTimer m_statusTimer;
    QTimer m_leasesTimer;
    NodeStatus m_status;
    bool m_hasStatus = false;
    LeaseSnapshot m_leases;
    // Position of each lease in m_leases.leases, so a look that brings a few
    // changes costs a few hash look-ups, not a pass over 100,000 leases.
    QHash<QString, qsizetype> m_leaseIndex;
    QString m_leasesCursor; // empty: the next look fetches the whole list
    LeaseChanges m_lastChanges;
    bool m_hasLeases = false;
    QString m_leasesError;
    qint64 m_offsetMs = 0;
    std::optional<qint64> m_unreachableSince;
    bool m_statusInFlight = false;
    bool m_leasesInFlight = false;
};

} // namespace lk
