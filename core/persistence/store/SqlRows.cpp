#include "store/SqlRows.h"

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
    return lease;
}

QList<Lease> leasesFrom(QSqlQuery& query) {
    QList<Lease> leases;
    while (query.next())
        leases.append(leaseFrom(query));
    query.finish();
    return leases;
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
