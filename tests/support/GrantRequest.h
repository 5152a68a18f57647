// The body of POST /api/v1/leases as a component sends it. Tests write the
// field names here once and state only the values they vary.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lk::test {

inline QJsonObject grantRequest(const QString& component, const QString& instance, int cores,
                                const QString& version = QStringLiteral("1"),
                                const QString& host = QStringLiteral("h"), const QJsonArray& ips = {}) {
    return QJsonObject{{QStringLiteral("component"), component}, {QStringLiteral("instance"), instance},
                       {QStringLiteral("host"), host},           {QStringLiteral("ips"), ips},
                       {QStringLiteral("cores"), cores},         {QStringLiteral("version"), version}};
}

} // namespace lk::test
