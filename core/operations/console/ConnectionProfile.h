#pragma once

#include "tls/TlsClientOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace lk {

// A saved way to reach remote License Managers: the address components use
// (an HA pair's load balancer, or a single node) and, for a pair, each node
// on its own so that the console sees a standby that no traffic reaches.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString name;
    QUrl serviceUrl;      // leases, history and the banner come from here
    QList<QUrl> nodeUrls; // watched one by one; may be empty
    // For https:// addresses (optional; saved only when set): a CA file to
    // trust instead of the system's, and pinned certificate fingerprints.
    QString caFile;
    QStringList pinsSha256;

    // Checks the name and every URL; the message names the field at fault.
    Status validate() const;
    QJsonObject toJson() const;
    static Result<ConnectionProfile> fromJson(const QJsonObject& object);
    // caFile (read now) and pinsSha256 as the clients use them.
    Result<TlsClientOptions> tlsOptions() const;
    // An http:// or https:// URL with a host, e.g. typed into a form.
    static Result<QUrl> parseUrl(const QString& text);
    // The keychain entry that holds the admin token for `url`.
    static QString tokenKey(const QUrl& url);
};

} // namespace lk
