#pragma once

#include "lease/Lease.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lk::wire {

// A live lease as GET /api/v1/leases lists it (schema Lease), and a row of
// GET /api/v1/history (schemas HistoryLease and HistoryDenial). Reading is
// lenient on purpose: a newer node may add fields, an older one may lack some.
QJsonObject leaseToJson(const Lease& lease, bool overdue);
Lease leaseFromJson(const QJsonObject& json);
QJsonObject historyEntryToJson(const HistoryEntry& entry);
HistoryEntry historyEntryFromJson(const QJsonObject& json);

// GET /api/v1/leases[?since=CURSOR] (schema LeaseList).
struct LeaseListAnswer {
    struct Item {
        Lease lease;
        bool overdue = false; // by the store's clock, serverTimeMs
    };
    QList<Item> leases;
    qint64 serverTimeMs = 0;
    // False: `leases` are the leases granted or renewed since the cursor
    // asked for and `ended` the ids that ended since; true: `leases` is the
    // whole list. An answer from a node without cursors reads as full.
    bool full = true;
    QStringList ended;
    QString cursor; // for the next ?since=

    QJsonObject toJson() const;
    // Fails only when `leases` is not an array.
    static Result<LeaseListAnswer> fromJson(const QJsonObject& json);
    // The same from the answer's text, parsed a lease at a time (see
    // JsonObjectSplitter); text that is not a JSON object reads as {}.
    static Result<LeaseListAnswer> fromJsonText(QByteArrayView text);
};

// GET /api/v1/history (schema History), newest first.
struct HistoryAnswer {
    QList<HistoryEntry> history;

    QJsonObject toJson() const;
    // Fails only when `history` is not an array.
    static Result<HistoryAnswer> fromJson(const QJsonObject& json);
};

} // namespace lk::wire
