#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace lk {

// Where a load balancer listens or a License Manager node answers. `host` is
// a name or an address without brackets; IPv6 addresses get their brackets
// back in toString(), which is the form both HAProxy and nginx accept.
struct Endpoint {
    QString host;
    quint16 port = 0;

    bool isIpv6() const { return host.contains(u':'); }
    QString toString() const;
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

// HTTPS on both sides of the load balancer: it presents `certificate` (and
// `key`) to components, and trusts the nodes' certificates through `nodesCa`.
struct LoadBalancerTls {
    QString certificate;
    QString key; // HAProxy: in the certificate file or beside it as CERTIFICATE.key
    QString nodesCa;
};

// An active-passive pair behind one load balancer address.
struct LoadBalancerSettings {
    Endpoint primary;
    Endpoint secondary;
    Endpoint listen;
    std::optional<LoadBalancerTls> tls = std::nullopt; // plain HTTP without
};

// Writes load balancer configurations that send everything to the primary
// License Manager and fail over to the secondary, with the timings measured
// to switch without failed renewals (docs/load-balancer.md).
class LoadBalancerConfig {
    Q_DECLARE_TR_FUNCTIONS(LoadBalancerConfig)

public:
    enum class Kind { Haproxy, Nginx };

    // "haproxy" or "nginx"; std::nullopt for anything else.
    static std::optional<Kind> kindFromName(QStringView name);
    static QStringList kindNames();

    // "HOST:PORT", "[IPV6]:PORT"; error code "invalid_endpoint".
    static Result<Endpoint> parseEndpoint(QStringView text);
    // Error code "same_node" when the primary and the secondary are one node.
    static Status validate(const LoadBalancerSettings& settings);

    static QString generate(Kind kind, const LoadBalancerSettings& settings);
    // A complete haproxy.cfg (global, defaults, frontend, backend).
    static QString haproxy(const LoadBalancerSettings& settings);
    // An http{}-level snippet (upstream and server) for /etc/nginx/conf.d/.
    static QString nginx(const LoadBalancerSettings& settings);

private:
    static QString header(Kind kind, const LoadBalancerSettings& settings);
};

} // namespace lk
