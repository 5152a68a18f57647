#include "store/SqlRows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace lk::sqlrows {

Lease leaseFrom(const QSqlQuery& query) {
    Lease lease;
    lease.id = query.value(0).toString();
    lease.holder.component = query.value(1).toString();
    lease.holder.instance = query.value(2).toString();
    lease.holder.host = query.value(3).toString();
    lease.holder.ips = ipsFromText(query.value(4).toString());
    lease.holder.cores = query.value(5).toInt();
    lease.holder.version = query.value(6).toString();
    lease.node = query.value(7).toString();
    lease.grantedMs = query.value(8).toLongLong();
    lease.lastRenewalMs = query.value(9).toLongLong();
    lease.graceDeadlineMs = query.value(10).toLongLong();
    lease.holder.probe = query.value(11).toString();
    return lease;
}

QList<Lease> leasesFrom(QSqlQuery& query) {
    QList<Lease> leases;
    while (query.next())
        leases.append(leaseFrom(query));
    query.finish();
    return leases;
}

void attachProbes(QSqlQuery& query, QList<Lease>& leases) {
    QHash<QString, qsizetype> indexOf;
    while (query.next()) {
        if (indexOf.isEmpty()) {
            indexOf.reserve(leases.size());
            for (qsizetype i = 0; i < leases.size(); ++i)
                indexOf.insert(leases[i].id, i);
        }
        const auto index = indexOf.constFind(query.value(0).toString());
        if (index == indexOf.constEnd())
            continue;
        Lease& lease = leases[*index];
        const qint64 atMs = query.value(1).toLongLong();
        const auto outcome = ProbeResult::outcomeFromCode(query.value(2).toString());
        if (atMs > lease.lastRenewalMs && outcome)
            lease.probes.append(ProbeResult{atMs, *outcome, query.value(3).toString()});
    }
    query.finish();
}

QString ipsToText(const QStringList& ips) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ips)).toJson(QJsonDocument::Compact));
}

QStringList ipsFromText(const QString& text) {
    QStringList ips;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array)
        ips.append(value.toString());
    return ips;
}

} // namespace lk::sqlrows
