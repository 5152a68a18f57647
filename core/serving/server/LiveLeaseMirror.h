#pragma once

#include "lease/Lease.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace lk {

// A renewal answered from memory, not yet in the database.
struct PendingRenewal {
    QString leaseId;
    qint64 renewalMs = 0;
    qint64 graceDeadlineMs = 0;
    QString node;
};

// The live leases of a database only this process can open (a claimed
// SQLite file), kept on the HTTP thread so that a renewal in time is
// answered without a trip to the store thread. LeaseService writes the
// renewals behind (takePending()) before any other store job, so that the
// database and every reader see them in the order they were answered.
//
// Only LeaseService changes it, from the outcomes of committed writes
// (grants, renewals, ends) and from renewIfInTime(); nothing else writes to
// a claimed database, so the copy cannot drift from the rows.
class LiveLeaseMirror {
public:
    // A renewal this close to its deadline goes to the store instead: a
    // write queued before it may still end the lease by the old deadline.
    static constexpr qint64 kDeadlineMarginMs = 60 * 1000;

    bool isLoaded() const { return m_loaded; }
    // Replaces the copy with `leases` (every live lease of the database).
    void load(const QList<Lease>& leases);
    // Or lease by lease (LeaseStore::forEachLiveLease), then markLoaded().
    void add(const Lease& lease) { m_leases.insert(lease.id, entryOf(lease)); }
    void markLoaded() { m_loaded = true; }
    int size() const { return int(m_leases.size()); }
    // The lease as far as a renewal's answer and events need it: its id,
    // the holder's component, instance, host and cores, its node and times
    // (not the holder's IPs, version or probe address, nor its probes).
    std::optional<Lease> find(const QString& leaseId) const;

    // A committed grant or renewal: the lease as the database has it now.
    void upsert(const Lease& lease);
    // A committed end (release, free, expiry, replacement, reclaim).
    void remove(const QString& leaseId);

    // Renews `leaseId` at `nowMs` to `graceDeadlineMs` when it is live and
    // its deadline is more than kDeadlineMarginMs away; the renewal waits
    // in takePending(). Returns the lease as find() does, or nothing when
    // the store has to decide.
    std::optional<Lease> renewIfInTime(const QString& leaseId, qint64 nowMs, qint64 graceDeadlineMs,
                                       const QString& node);

    int pendingCount() const { return int(m_pending.size()); }
    // The renewals answered since the last call, as they stand now (a lease
    // renewed twice is written once), and forgets them.
    QList<PendingRenewal> takePending();
    // Puts back renewals whose write failed, to be written with the next.
    void restorePending(const QList<PendingRenewal>& renewals);

private:
    // About 300 bytes a lease: 100,000 live leases fit in 30 MB.
    struct Entry {
        QString component;
        QString instance;
        QString host;
        QString node;
        qint64 grantedMs = 0;
        qint64 lastRenewalMs = 0;
        qint64 graceDeadlineMs = 0;
        int cores = 0;
    };
    Entry entryOf(const Lease& lease);
    static Lease leaseOf(const QString& id, const Entry& entry);
    // One copy of each component type and node name, however many leases
    // name it (a bounded set, unlike hosts).
    QString shared(const QString& name);

    QHash<QString, Entry> m_leases;
    QSet<QString> m_names;
    QSet<QString> m_pending;
    bool m_loaded = false;
};

} // namespace lk
