#include "ha/LoadBalancerConfig.h"

#include <QHostAddress>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QString kInvalidEndpoint = u"invalid_endpoint"_s;

Error invalid(const QString& message) {
    return makeError(kInvalidEndpoint, message);
}

// Only what a DNS name or an IPv4 address can hold: anything else (spaces,
// ';', '{', '#', quotes) would change the meaning of the generated file.
bool isHostName(QStringView host) {
    return std::all_of(host.begin(), host.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'.' || c == u'-' || c == u'_';
    });
}

bool isWildcard(const Endpoint& endpoint) {
    return endpoint.host == u"0.0.0.0" || QHostAddress(endpoint.host) == QHostAddress::AnyIPv6;
}

// HTTP/1.1 checks need a Host header. LeaseKeeper nodes do not route by it;
// the load balancer's own name is what components send, so the check looks
// like their requests, unless the load balancer listens on every address.
QString checkHost(const LoadBalancerSettings& settings) {
    return (isWildcard(settings.listen) ? settings.primary : settings.listen).toString();
}

Error noHost(const QString& shown, const QString& port) {
    return invalid(
        LoadBalancerConfig::tr("'%1' has no host; write HOST:PORT, e.g. 0.0.0.0:%2, to listen on every "
                               "IPv4 address")
            .arg(shown, port));
}

} // namespace

QString Endpoint::toString() const {
    return (isIpv6() ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

std::optional<LoadBalancerConfig::Kind> LoadBalancerConfig::kindFromName(QStringView name) {
    if (name == u"haproxy")
        return Kind::Haproxy;
    if (name == u"nginx")
        return Kind::Nginx;
    return std::nullopt;
}

QStringList LoadBalancerConfig::kindNames() {
    return {u"haproxy"_s, u"nginx"_s};
}

Result<Endpoint> LoadBalancerConfig::parseEndpoint(QStringView input) {
    const QStringView text = input.trimmed();
    const QString shown = text.toString();
    if (text.isEmpty())
        return invalid(tr("no address given; write HOST:PORT, e.g. lm1.example.com:10091"));

    QStringView host;
    QStringView port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return invalid(
                tr("'%1' opens '[' but does not close it; write IPv6 addresses as [::1]:10091").arg(shown));
        host = text.sliced(1, close - 1);
        const QStringView rest = text.sliced(close + 1);
        if (!rest.startsWith(u':') || rest.size() == 1)
            return invalid(tr("'%1' has no port; write [IPV6]:PORT, e.g. [::1]:10091").arg(shown));
        port = rest.sliced(1);
        if (host.isEmpty())
            return invalid(tr("'%1' has no host; write [IPV6]:PORT, e.g. [::1]:10091").arg(shown));
        if (host.contains(u'%'))
            return invalid(tr("'%1': zone ids such as %eth0 are not supported; use an address without one")
                               .arg(host.toString()));
        if (QHostAddress(host.toString()).protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(
                tr("'%1' is not an IPv6 address; only IPv6 addresses go in brackets").arg(host.toString()));
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        const bool onlyPort = std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
        if (colon < 0 && onlyPort)
            return noHost(shown, shown);
        if (colon < 0 || colon == text.size() - 1)
            return invalid(tr("'%1' has no port; write HOST:PORT, e.g. %2:10091")
                               .arg(shown, colon < 0 ? shown : text.first(colon).toString()));
        host = text.first(colon);
        port = text.sliced(colon + 1);
        if (host.isEmpty())
            return noHost(shown, port.toString());
        if (host.contains(u':'))
            return invalid(
                tr("'%1' looks like an IPv6 address; put it in brackets, e.g. [::1]:10091").arg(shown));
        if (host == u"*")
            return invalid(
                tr("'%1': write 0.0.0.0 or [::] instead of * to listen on every address").arg(shown));
        if (!isHostName(host))
            return invalid(tr("'%1' is not a host name or IP address").arg(host.toString()));
    }

    bool isNumber = false;
    const uint number = port.toUInt(&isNumber);
    if (!isNumber || number < 1 || number > 65535)
        return invalid(tr("port '%1' in '%2' is not a number from 1 to 65535").arg(port.toString(), shown));
    return Endpoint{host.toString(), quint16(number)};
}

Status LoadBalancerConfig::validate(const LoadBalancerSettings& settings) {
    if (settings.primary.host.compare(settings.secondary.host, Qt::CaseInsensitive) == 0 &&
        settings.primary.port == settings.secondary.port)
        return makeError(u"same_node"_s, tr("the primary and the secondary are the same node (%1); an "
                                            "active-passive pair needs two License Managers")
                                             .arg(settings.primary.toString()));
    return {};
}

QString LoadBalancerConfig::generate(Kind kind, const LoadBalancerSettings& settings) {
    return kind == Kind::Haproxy ? haproxy(settings) : nginx(settings);
}

QString LoadBalancerConfig::header(Kind kind, const LoadBalancerSettings& settings) {
    QString tls;
    if (settings.tls) {
        tls = u" --tls-cert %1 --tls-key %2 --nodes-ca %3"_s.arg(settings.tls->certificate, settings.tls->key,
                                                                 settings.tls->nodesCa);
    }
    return u"# Generated by: leasekeeper-ctl lb-config %1 --primary %2 --secondary %3 --listen %4%5\n"_s.arg(
        kindNames().at(kind == Kind::Haproxy ? 0 : 1), settings.primary.toString(),
        settings.secondary.toString(), settings.listen.toString(), tls);
}

QString LoadBalancerConfig::haproxy(const LoadBalancerSettings& settings) {
    // The comments are part of the product: whoever edits this file later
    // must see why a setting differs from HAProxy's defaults.
    static const QString text = uR"(# HAProxy 2.6 configuration for an active-passive LeaseKeeper pair.
%1# Check it with: haproxy -c -f FILE
#
# Every request goes to the primary. The secondary is a "backup" server: it
# gets requests only while the primary is marked down. Both nodes must use the
# same external database, so either one can renew any lease; when the primary
# is healthy again, requests go back to it.
#
# Components must use a request timeout longer than the retry window of this
# file (a few seconds; LeaseKeeper's license client waits 10 s by default), so
# that a request HAProxy retries on the secondary is not abandoned first.

global
    # To standard output: the journal under systemd, the terminal with
    # "haproxy -f FILE -db". Servers going DOWN or UP are logged here too.
    log stdout format raw local0 info
    # No stats socket, to keep this file minimal. To drain a node for an
    # update without editing this file, add one:
    #   stats socket /run/haproxy/admin.sock mode 660 level admin
    # then: echo "set server license_managers/primary state maint" | socat stdio /run/haproxy/admin.sock

defaults
    mode http
    log global
    option httplog
    timeout client 30s
    # A node on the same network accepts a connection within milliseconds;
    # waiting longer for a dead one only delays the retry on the other node.
    # It also sets HAProxy's pause before a retry (the shorter of it and 1 s).
    timeout connect 200ms
    # LeaseKeeper answers in milliseconds; a node silent for 3 s is hung
    # (its own readiness check fails when a store job waits 3 s).
    timeout server 3s
    # Retry a request whose node failed before answering (refused or reset
    # connection, timeout, empty answer, 5xx), and choose the server again on
    # every retry, so that a retry reaches the secondary once the primary is
    # marked down. Sending a request again, possibly to the other node, is
    # safe only because grant (the same instance id replaces its lease), renew
    # and release are idempotent: keep them so.
    retries 3
    option redispatch 1
    retry-on all-retryable-errors

# The nodes' X-License-Manager-Node header (which node answered) passes
# through, its name in lower case like every header HAProxy forwards: header
# names are case-insensitive, so read them that way.
frontend leasekeeper
    bind %2%6
    # Tell the nodes which client a request came from. The HA wizard reads
    # it to show which components already renew through this virtual host.
    option forwardfor
    default_backend license_managers

backend license_managers
    # A node is ready when GET /pingLicenseManager answers 200: license
    # loaded and valid, database answering, not in maintenance mode.
    option httpchk
    http-check send meth GET uri /pingLicenseManager ver HTTP/1.1 hdr Host %3
    http-check expect status 200
    timeout check 1s
    # Fast detection (HAProxy's defaults are inter 2s fall 3 rise 2): check
    # every second, every 250 ms once a check failed, down after 2 failures.
    # A node that was down gets traffic back only after 3 good checks in a
    # row, so a flapping node does not bounce the components.
    # observe layer4 error-limit 1 on-error mark-down: the first real request
    # that cannot connect marks the node down at once. Until then HAProxy
    # would keep sending requests to a dead primary (a redispatch never picks
    # a backup server while the primary counts as up); with it, a killed
    # primary is bypassed within milliseconds and without failed renewals.
    # on-marked-down shutdown-sessions: close what is still open to a node
    # marked down instead of waiting on a hung node.
    default-server inter 1s fastinter 250ms downinter 2s fall 2 rise 3 observe layer4 error-limit 1 on-error mark-down on-marked-down shutdown-sessions
    server primary %4 check%7
    server secondary %5 check backup%8
)"_s;
    QString bindTls, primaryTls, secondaryTls;
    if (settings.tls) {
        // HAProxy reads the key from the certificate file, or from FILE.key beside it.
        bindTls = u" ssl crt "_s + settings.tls->certificate;
        // "ssl" also sends the health checks over TLS. verifyhost checks the
        // name a node's certificate is for; HAProxy matches names only, so a
        // node given by address is trusted through the CA file alone.
        const QString verify = u" ssl verify required ca-file "_s + settings.tls->nodesCa;
        const auto nameCheck = [](const Endpoint& node) {
            return QHostAddress(node.host).isNull() ? u" verifyhost "_s + node.host : QString();
        };
        primaryTls = verify + nameCheck(settings.primary);
        secondaryTls = verify + nameCheck(settings.secondary);
    }
    return text.arg(header(Kind::Haproxy, settings), settings.listen.toString(), checkHost(settings),
                    settings.primary.toString(), settings.secondary.toString(), bindTls, primaryTls,
                    secondaryTls);
}

QString LoadBalancerConfig::nginx(const LoadBalancerSettings& settings) {
    static const QString text = uR"(# nginx configuration for an active-passive LeaseKeeper pair (http level).
%1# Install: copy to /etc/nginx/conf.d/leasekeeper.conf (Debian's nginx.conf
# includes that folder inside http {}), check with "nginx -t", then reload
# with "nginx -s reload".
#
# LIMITS: open-source nginx has passive checks only. It does NOT poll
# /pingLicenseManager. It notices a failed node only when a real request to
# it fails (refused, timed out, or answered 502, 503 or 504), and then tries
# that request on the secondary. So:
#  - a node that is not ready but still answers (maintenance mode, an expired
#    license answering 403) keeps getting requests; a node answering 503 is
#    skipped only once a request gets that 503;
#  - after a failure the primary is left alone for fail_timeout (10 s), then
#    tried again with a real request;
#  - a dead secondary goes unnoticed until the primary fails too.
# To drain a node for an update, add "down" to its server line and reload.
# For active health checks use HAProxy (leasekeeper-ctl lb-config haproxy).
#
# Components must use a request timeout longer than the retry window of this
# file (up to 7 s, proxy_next_upstream_timeout; LeaseKeeper's license client
# waits 10 s by default), so that a retried request is not abandoned first.

upstream leasekeeper_license_managers {
    # One failed request takes a node out for fail_timeout.
    server %3 max_fails=1 fail_timeout=10s;
    # Used only while the primary is out.
    server %4 backup max_fails=1 fail_timeout=10s;
}

server {
    listen %2%5

    location / {
        proxy_pass %6://leasekeeper_license_managers;%7
        proxy_http_version 1.1;
        # Tell the nodes which client a request came from. The HA wizard
        # reads it to show which components already renew through nginx.
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        # A node on the same network accepts a connection within
        # milliseconds; waiting longer for a dead one only delays the retry.
        proxy_connect_timeout 200ms;
        # LeaseKeeper answers in milliseconds; a node silent for 3 s is hung.
        proxy_send_timeout 3s;
        proxy_read_timeout 3s;
        # Try the other node when one fails before answering or answers
        # 502/503/504. non_idempotent: nginx does not retry POST, PUT or
        # DELETE unless told to; it is safe here only because grant (the same
        # instance id replaces its lease), renew and release are idempotent:
        # keep them so.
        proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
        proxy_next_upstream_tries 2;
        proxy_next_upstream_timeout 7s;
        # The nodes' X-License-Manager-Node header (which node answered)
        # passes through: nginx forwards response headers by default.
    }
}
)"_s;
    QString listenTls = u";"_s, scheme = u"http"_s, upstreamTls;
    if (settings.tls) {
        listenTls = u" ssl;\n    ssl_certificate %1;\n    ssl_certificate_key %2;"_s.arg(
            settings.tls->certificate, settings.tls->key);
        scheme = u"https"_s;
        // nginx checks every node's certificate against one name: the pair
        // shares one certificate naming both hosts (what the HA wizard makes).
        upstreamTls = u"\n        proxy_ssl_verify on;\n        proxy_ssl_trusted_certificate %1;"
                      "\n        proxy_ssl_name %2;\n        proxy_ssl_server_name on;"_s.arg(
                          settings.tls->nodesCa, settings.primary.host);
    }
    return text.arg(header(Kind::Nginx, settings), settings.listen.toString(), settings.primary.toString(),
                    settings.secondary.toString(), listenTls, scheme, upstreamTls);
}

} // namespace lk
