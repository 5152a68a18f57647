#include "ha/HaEvaluation.h"

#include "drift/ClockDrift.h"
#include "wire/PingAnswer.h"

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

HaCheck check(QStringView id, HaCheck::Status status, const QString& message, const QString& hint = {}) {
    // Messages may begin with a node's description ("the primary ..."): a sentence starts upper case.
    QString sentence = message;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return HaCheck{id.toString(), status, sentence, hint};
}

// "the primary lm1 (http://lm1:10091)", or only the URL while the name is unknown.
QString who(const HaNodeObservation& node, bool primary) {
    const QString url = node.url.toString();
    if (node.status.node.isEmpty())
        return primary ? HaEvaluation::tr("the primary at %1").arg(url)
                       : HaEvaluation::tr("the secondary at %1").arg(url);
    return primary ? HaEvaluation::tr("the primary %1 (%2)").arg(node.status.node, url)
                   : HaEvaluation::tr("the secondary %1 (%2)").arg(node.status.node, url);
}

QString name(const HaNodeObservation& node, bool primary) {
    if (!node.status.node.isEmpty())
        return node.status.node;
    return primary ? HaEvaluation::tr("the primary") : HaEvaluation::tr("the secondary");
}

// A node that answered /api/v1/status (a name is the least it says).
bool known(const HaNodeObservation& node) {
    return node.status.reachable && !node.status.node.isEmpty();
}

// "HOST:PORT" as `leasekeeper-ctl lb-config` wants it.
QString endpoint(const QUrl& url) {
    const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
    return u"%1:%2"_s.arg(host).arg(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

QString lbConfigCommand(const HaObservations& seen) {
    return u"leasekeeper-ctl lb-config haproxy --primary %1 --secondary %2 --listen %3 --out haproxy.cfg"_s
        .arg(endpoint(seen.primary.url), endpoint(seen.secondary.url), endpoint(seen.loadBalancer));
}

QString unreachableHint() {
    return HaEvaluation::tr(
        "Make both nodes reachable first (see primary_reachable and secondary_reachable).");
}

// Both nodes answered /api/v1/status, or a failed check that says which did not.
std::optional<HaCheck> bothKnown(QStringView id, const HaObservations& seen, const QString& what) {
    for (const bool primary : {true, false}) {
        const HaNodeObservation& node = primary ? seen.primary : seen.secondary;
        if (!known(node))
            return check(id, HaCheck::Status::Fail,
                         HaEvaluation::tr("Cannot compare %1: %2 did not report its status.")
                             .arg(what, who(node, primary)),
                         unreachableHint());
    }
    return std::nullopt;
}

QString notReadyHint(const NodeStatus& status) {
    if (status.pingReason == wire::PingAnswer::kMaintenanceReason)
        return HaEvaluation::tr("Take it out of maintenance when the work on it is done: in the console, or "
                                "curl -X POST -H \"Authorization: Bearer $TOKEN\" -d '{\"enabled\":false}' "
                                "URL/api/v1/maintenance.");
    if (status.pingReason == u"too_many_license_managers"_s)
        return HaEvaluation::tr("Stop the extra License Manager nodes on this database, or install a license "
                                "that allows more License Managers.");
    return HaEvaluation::tr("Fix what the node reports (reason '%1'); its log and the console's overview say "
                            "more.")
        .arg(status.pingReason);
}

QString clockHint(const QString& culprit) {
    return HaEvaluation::tr(
               "Check %1 first. On Linux enable NTP: 'timedatectl set-ntp true' (or start chronyd "
               "and check 'chronyc tracking'). On Windows turn on Settings > Time & language > "
               "Synchronize your clock, or run 'w32tm /resync' as administrator. See docs/clock.md.")
        .arg(culprit);
}

QString signedMs(double ms) {
    if (std::abs(ms) < 0.05)
        ms = 0; // no "-0.0 ms"
    return (ms >= 0 ? u"+"_s : QString()) + QString::number(ms, 'f', 1) + u" ms"_s;
}

QString licenseText(const LicenseTerms& terms) {
    return HaEvaluation::tr("%1 (licensee %2)").arg(terms.licenseId, terms.licensee);
}

} // namespace

QList<HaCheck> HaEvaluation::evaluate(const HaObservations& seen, double maxDriftMs) {
    QList<HaCheck> checks{licenseAllowsHa(seen),
                          reachable(seen.primary, true),
                          reachable(seen.secondary, false),
                          sameLicense(seen),
                          sameCluster(seen),
                          clockSync(seen, maxDriftMs)};
    if (!seen.loadBalancer.isEmpty())
        checks << lbHealth(seen) << lbRoutesToPrimary(seen);
    checks << secondaryIsStandby(seen);
    return checks;
}

HaCheck HaEvaluation::licenseAllowsHa(const HaObservations& seen) {
    const QStringView id = HaCheck::kLicenseAllowsHa;
    // The primary's license decides; the secondary's stands in while the
    // primary cannot be asked (same_license compares the two).
    const bool fromPrimary = seen.primary.status.license.has_value();
    const HaNodeObservation& source = fromPrimary ? seen.primary : seen.secondary;
    if (!source.status.license) {
        const QString problem = !seen.primary.status.reachable ? seen.primary.status.lastError
                                : !seen.primary.status.licenseProblem.isEmpty()
                                    ? seen.primary.status.licenseProblem
                                    : tr("no license is loaded");
        return check(id, HaCheck::Status::Fail,
                     tr("No license can be read from %1: %2.").arg(who(seen.primary, true), problem),
                     tr("Install a license that allows at least two License Managers on both nodes (the "
                        "console's License page, or the server's --license FILE and --trust PUBLIC options), "
                        "then check again."));
    }
    const LicenseTerms& terms = *source.status.license;
    if (terms.maxLicenseManagers < 2)
        return check(
            id, HaCheck::Status::Fail,
            tr("License %1 on %2 allows %n License Manager(s); an HA pair needs 2.", "",
               terms.maxLicenseManagers)
                .arg(licenseText(terms), who(source, fromPrimary)),
            tr("Ask your vendor for a license with max_license_managers 2 or more, install it on both "
               "nodes (the console's License page, or --license FILE) and check again."));
    for (const bool primary : {true, false}) {
        const HaNodeObservation& node = primary ? seen.primary : seen.secondary;
        if (node.status.clusterAdmitted == false)
            return check(
                id, HaCheck::Status::Fail,
                tr("License %1 allows %n License Manager(s), but %2 is not admitted: the nodes %3 "
                   "already hold the places.",
                   "", node.status.clusterMaxLicenseManagers)
                    .arg(terms.licenseId, who(node, primary),
                         [&] {
                             QStringList live;
                             for (const ClusterMember& member : node.status.clusterNodes)
                                 if (member.live && !member.self)
                                     live << member.name;
                             return live.join(u", "_s);
                         }()),
                tr("Stop the other License Manager nodes that use this database (keep only the primary "
                   "and the secondary), or install a license that allows more."));
    }
    return check(
        id, HaCheck::Status::Pass,
        tr("License %1 allows %n License Manager(s).", "", terms.maxLicenseManagers).arg(licenseText(terms)));
}

HaCheck HaEvaluation::reachable(const HaNodeObservation& node, bool primary) {
    const QStringView id = primary ? HaCheck::kPrimaryReachable : HaCheck::kSecondaryReachable;
    const NodeStatus& s = node.status;
    if (!s.reachable)
        return check(
            id, HaCheck::Status::Fail, tr("Cannot reach %1: %2.").arg(who(node, primary), s.lastError),
            tr("Start leasekeeper-server on that host and check that it listens on that address and port "
               "(--bind, --port) and that no firewall blocks the port; then check again."));
    if (s.node.isEmpty())
        return check(id, HaCheck::Status::Fail,
                     tr("%1 answers /pingLicenseManager with HTTP %2 but not /api/v1/status: it is not a "
                        "LeaseKeeper License Manager, or too old.")
                         .arg(node.url.toString())
                         .arg(s.pingHttpStatus),
                     primary ? tr("Give --primary the URL of a LeaseKeeper License Manager, e.g. "
                                  "http://lm1.example.com:10091.")
                             : tr("Give --secondary the URL of a LeaseKeeper License Manager, e.g. "
                                  "http://lm2.example.com:10091."));
    if (!s.isReady())
        return check(id, HaCheck::Status::Warn,
                     tr("%1 answers but is not ready: HTTP %2, reason '%3': %4")
                         .arg(who(node, primary))
                         .arg(s.pingHttpStatus)
                         .arg(s.pingReason, s.pingMessage),
                     notReadyHint(s));
    const QString expected = primary ? u"primary"_s : u"secondary"_s;
    if (s.role == u"standalone"_s)
        return check(
            id, HaCheck::Status::Warn,
            tr("%1 is ready but still runs alone on its own SQLite database.").arg(who(node, primary)),
            tr("Move it to the shared PostgreSQL database and start it with --db postgresql://... "
               "--role %1; the wizard's database step does the first part.")
                .arg(expected));
    if (s.role != expected)
        return check(
            id, HaCheck::Status::Warn,
            tr("%1 is ready but reports role '%2', not '%3'.").arg(who(node, primary), s.role, expected),
            tr("Start it with --role %1 (or role=%1 in its configuration file), or swap --primary and "
               "--secondary if they were given the wrong way round.")
                .arg(expected));
    return check(id, HaCheck::Status::Pass,
                 tr("%1 is ready (version %2, store %3, answered in %4 ms).")
                     .arg(who(node, primary), s.version, s.storeKind)
                     .arg(s.responseTimeMs));
}

HaCheck HaEvaluation::sameLicense(const HaObservations& seen) {
    const QStringView id = HaCheck::kSameLicense;
    if (auto failed = bothKnown(id, seen, tr("the licenses")))
        return *failed;
    for (const bool primary : {true, false}) {
        const HaNodeObservation& node = primary ? seen.primary : seen.secondary;
        if (!node.status.license)
            return check(id, HaCheck::Status::Fail,
                         tr("%1 has no license loaded: %2.")
                             .arg(who(node, primary), node.status.licenseProblem.isEmpty()
                                                          ? tr("it does not say why")
                                                          : node.status.licenseProblem),
                         tr("Install the same license file on both nodes and trust the same issuer key (the "
                            "console's License page, or --license FILE --trust PUBLIC), then check again."));
    }
    const LicenseTerms& a = *seen.primary.status.license;
    const LicenseTerms& b = *seen.secondary.status.license;
    const QString& keyA = seen.primary.status.licenseKeyId;
    const QString& keyB = seen.secondary.status.licenseKeyId;
    if (a.licenseId != b.licenseId || keyA != keyB)
        return check(
            id, HaCheck::Status::Fail,
            tr("The nodes serve different licenses: %1 has license %2 signed by issuer key %3, %4 has "
               "license %5 signed by issuer key %6.")
                .arg(name(seen.primary, true), a.licenseId, keyA, name(seen.secondary, false), b.licenseId,
                     keyB),
            tr("Copy the primary's license file to the secondary, install it there (the console's License "
               "page, or --license FILE with --trust for its issuer key) and check again."));
    return check(id, HaCheck::Status::Pass,
                 tr("Both nodes serve license %1, signed by issuer key %2.").arg(licenseText(a), keyA));
}

bool HaEvaluation::awaitsHeartbeat(const HaObservations& seen) {
    const NodeStatus& p = seen.primary.status;
    const NodeStatus& s = seen.secondary.status;
    if (!p.reachable || !s.reachable || p.node == s.node)
        return false;
    // A node whose store is still opening joins with its first heartbeat.
    if (p.clusterId.isEmpty() || s.clusterId.isEmpty())
        return true;
    if (p.clusterId != s.clusterId)
        return false;
    const auto lists = [](const NodeStatus& self, const QString& other) {
        return std::any_of(self.clusterNodes.cbegin(), self.clusterNodes.cend(),
                           [&](const ClusterMember& m) { return m.name == other; });
    };
    return !lists(p, s.node) || !lists(s, p.node);
}

HaCheck HaEvaluation::sameCluster(const HaObservations& seen) {
    const QStringView id = HaCheck::kSameCluster;
    if (auto failed = bothKnown(id, seen, tr("the databases")))
        return *failed;
    const NodeStatus& p = seen.primary.status;
    const NodeStatus& s = seen.secondary.status;
    if (p.node == s.node)
        return check(
            id, HaCheck::Status::Fail,
            tr("Both %1 and %2 call themselves %3: either both URLs lead to the same node, or the two "
               "nodes share a name.")
                .arg(seen.primary.url.toString(), seen.secondary.url.toString(), p.node),
            tr("Give each node its own name (--node-name NAME or node_name in its configuration file) "
               "and make sure --primary and --secondary are two different hosts or ports."));
    for (const bool primary : {true, false}) {
        const HaNodeObservation& node = primary ? seen.primary : seen.secondary;
        if (node.status.clusterId.isEmpty())
            return check(
                id, HaCheck::Status::Fail,
                tr("%1 has not joined a cluster yet: its store (%2) says '%3'.")
                    .arg(who(node, primary), node.status.storeKind, node.status.storeDetail),
                tr("Check that node's database connection (--db, --db-password-file) and its log; a node "
                   "joins once it can write its heartbeat to the database."));
    }
    if (p.clusterId != s.clusterId) {
        const bool sqlite = p.storeKind == u"sqlite"_s || s.storeKind == u"sqlite"_s;
        return check(
            id, HaCheck::Status::Fail,
            tr("The nodes use different databases: %1 is in cluster %2 (%3: %4), %5 in cluster %6 "
               "(%7: %8).")
                .arg(name(seen.primary, true), p.clusterId, p.storeKind, p.storeDetail,
                     name(seen.secondary, false), s.clusterId, s.storeKind, s.storeDetail),
            (sqlite ? tr("An HA pair needs one PostgreSQL database for both nodes; a SQLite file belongs "
                         "to one node only. Move the data with 'leasekeeper-ctl store migrate', then ")
                    : QString()) +
                tr("start both nodes with the same --db postgresql://USER@HOST:PORT/DBNAME and "
                   "--db-password-file, and check again."));
    }
    for (const bool primary : {true, false}) {
        const NodeStatus& self = primary ? p : s;
        const NodeStatus& other = primary ? s : p;
        const auto member = std::find_if(self.clusterNodes.begin(), self.clusterNodes.end(),
                                         [&](const ClusterMember& m) { return m.name == other.node; });
        // Both messages name the cluster, the node that looked and the one it missed.
        auto missing = [&](HaCheck::Status status, const QString& message, const QString& hint) {
            return check(id, status, message.arg(p.clusterId, self.node, other.node), hint.arg(other.node));
        };
        if (member == self.clusterNodes.end())
            return missing(HaCheck::Status::Fail,
                           tr("Both nodes use cluster %1, but %2 does not list %3 among its nodes."),
                           tr("Check again in a few seconds (nodes write a heartbeat every few seconds); if "
                              "it stays so, read %1's log for database errors."));
        if (!member->live)
            return missing(HaCheck::Status::Warn,
                           tr("Both nodes use cluster %1, but %2 has not seen a recent heartbeat from %3."),
                           tr("Check %1's database connection and its log; its heartbeats do not reach the "
                              "database."));
    }
    return check(id, HaCheck::Status::Pass,
                 tr("Both nodes use the same database (cluster %1, %2: %3) and list each other.")
                     .arg(p.clusterId, p.storeKind, p.storeDetail));
}

HaCheck HaEvaluation::clockSync(const HaObservations& seen, double maxDriftMs) {
    const QStringView id = HaCheck::kClockSync;
    for (const bool primary : {true, false}) {
        const HaNodeObservation& node = primary ? seen.primary : seen.secondary;
        if (!node.clock.ok)
            return check(
                id, HaCheck::Status::Fail,
                tr("Cannot measure the clock of %1: %2").arg(who(node, primary), node.clock.error),
                tr("The node must answer GET /api/v1/time; make it reachable (see primary_reachable and "
                   "secondary_reachable) and check again."));
    }
    const double driftMs = double(ClockDrift::betweenUs(seen.primary.clock, seen.secondary.clock)) / 1000.0;
    const double primaryMs = double(seen.primary.clock.offsetUs) / 1000.0;
    const double secondaryMs = double(seen.secondary.clock.offsetUs) / 1000.0;
    const QString offsets = tr("offsets to this host: %1 %2, %3 %4")
                                .arg(name(seen.primary, true), signedMs(primaryMs),
                                     name(seen.secondary, false), signedMs(secondaryMs));
    if (std::abs(driftMs) > maxDriftMs) {
        const bool secondaryFurther = std::abs(secondaryMs) > std::abs(primaryMs);
        return check(id, HaCheck::Status::Fail,
                     tr("The clocks are %1 ms apart (%2 minus %3 = %4; allowed %5 ms); %6.")
                         .arg(std::abs(driftMs), 0, 'f', 1)
                         .arg(name(seen.secondary, false), name(seen.primary, true), signedMs(driftMs))
                         .arg(maxDriftMs)
                         .arg(offsets),
                     clockHint(secondaryFurther ? name(seen.secondary, false) : name(seen.primary, true)));
    }
    for (const bool primary : {true, false}) {
        const HaNodeObservation& node = primary ? seen.primary : seen.secondary;
        const std::optional<TimeSync>& sync = node.status.timeSync;
        if (sync && sync->synchronized == false)
            return check(
                id, HaCheck::Status::Warn,
                tr("The clocks are %1 ms apart (allowed %2 ms), but %3 says its clock is not synchronised "
                   "(%4: %5); %6.")
                    .arg(std::abs(driftMs), 0, 'f', 1)
                    .arg(maxDriftMs)
                    .arg(who(node, primary), sync->source, sync->detail, offsets),
                clockHint(name(node, primary)));
    }
    return check(id, HaCheck::Status::Pass,
                 tr("The clocks are %1 ms apart (allowed %2 ms); %3.")
                     .arg(std::abs(driftMs), 0, 'f', 1)
                     .arg(maxDriftMs)
                     .arg(offsets));
}

HaCheck HaEvaluation::lbHealth(const HaObservations& seen) {
    const QStringView id = HaCheck::kLbHealth;
    const QString url = seen.loadBalancer.toString();
    const HaLbAnswer& ping = seen.lbPing;
    if (ping.httpStatus == 0)
        return check(
            id, HaCheck::Status::Fail, tr("Cannot reach the load balancer at %1: %2.").arg(url, ping.error),
            tr("Start the load balancer and check that it listens on that address ('systemctl status "
               "haproxy', 'haproxy -c -f /etc/haproxy/haproxy.cfg'). To write its configuration: %1")
                .arg(lbConfigCommand(seen)));
    if (ping.httpStatus != 200)
        return check(
            id, HaCheck::Status::Fail,
            tr("The load balancer at %1 answers /pingLicenseManager with HTTP %2%3.")
                .arg(url)
                .arg(ping.httpStatus)
                .arg(ping.node.isEmpty() ? tr(" (not from a License Manager: no X-License-Manager-Node)")
                                         : tr(" from %1").arg(ping.node)),
            tr("HTTP 502 or 503 from HAProxy means no node passed its health check: make a node ready "
               "(see primary_reachable) and check that the servers in its configuration are the nodes' "
               "addresses. To write the configuration: %1")
                .arg(lbConfigCommand(seen)));
    return check(id, HaCheck::Status::Pass,
                 tr("The load balancer at %1 answers /pingLicenseManager with HTTP 200 (from %2).")
                     .arg(url, ping.node.isEmpty() ? tr("an unnamed node") : ping.node));
}

HaCheck HaEvaluation::lbRoutesToPrimary(const HaObservations& seen) {
    const QStringView id = HaCheck::kLbRoutesToPrimary;
    const QString url = seen.loadBalancer.toString();
    const QString primary = seen.primary.status.node;
    const QString secondary = seen.secondary.status.node;
    if (primary.isEmpty())
        return check(
            id, HaCheck::Status::Fail,
            tr("Cannot tell who answers through %1: the primary's name is unknown because %2 did not "
               "report its status.")
                .arg(url, seen.primary.url.toString()),
            unreachableHint());
    int byPrimary = 0, bySecondary = 0, unnamed = 0, failed = 0;
    QStringList others;
    for (const HaLbAnswer& answer : seen.lbRoutes) {
        if (answer.httpStatus == 0)
            ++failed;
        else if (answer.node.compare(primary, Qt::CaseInsensitive) == 0)
            ++byPrimary;
        else if (!secondary.isEmpty() && answer.node.compare(secondary, Qt::CaseInsensitive) == 0)
            ++bySecondary;
        else if (answer.node.isEmpty())
            ++unnamed;
        else if (!others.contains(answer.node))
            others << answer.node;
    }
    const qsizetype total = seen.lbRoutes.size();
    if (total == failed)
        return check(id, HaCheck::Status::Fail,
                     tr("No request through %1 was answered: %2.")
                         .arg(url, total > 0 ? seen.lbRoutes.constLast().error : seen.lbPing.error),
                     tr("Make the load balancer answer first (see lb_health)."));
    if (byPrimary == total)
        return check(
            id, HaCheck::Status::Pass,
            tr("All %1 requests through %2 were answered by the primary %3.").arg(total).arg(url, primary));
    const QString found =
        tr("Of %1 requests through %2, %3 were answered by the primary %4, %5 by the secondary %6, %7 "
           "without an "
           "X-License-Manager-Node header, %8 not at all%9.")
            .arg(total)
            .arg(url)
            .arg(byPrimary)
            .arg(primary)
            .arg(bySecondary)
            .arg(secondary.isEmpty() ? tr("(unknown)") : secondary)
            .arg(unnamed)
            .arg(failed)
            .arg(others.isEmpty() ? QString() : tr("; other nodes: %1").arg(others.join(u", "_s)));
    QString hint;
    if (!seen.primary.status.isReady())
        hint =
            tr("The primary is not ready, so the load balancer rightly avoids it: fix the primary first (see "
               "primary_reachable).");
    else if (unnamed > 0)
        hint =
            tr("The load balancer drops the X-License-Manager-Node header, or something else answers on %1: "
               "pass the header through (the configuration from 'leasekeeper-ctl lb-config' does).")
                .arg(url);
    else
        hint =
            tr("The primary must be the load balancer's normal server and the secondary its backup (HAProxy: "
               "'backup' on the secondary's server line). Write the configuration again with: %1; then "
               "reload "
               "the load balancer ('systemctl reload haproxy').")
                .arg(lbConfigCommand(seen));
    return check(id, HaCheck::Status::Fail, found, hint);
}

HaCheck HaEvaluation::secondaryIsStandby(const HaObservations& seen) {
    const QStringView id = HaCheck::kSecondaryIsStandby;
    const NodeStatus& s = seen.secondary.status;
    const QString secondary = who(seen.secondary, false);
    if (!s.reachable)
        return check(id, HaCheck::Status::Fail,
                     tr("%1 does not answer (%2): it could not take over.").arg(secondary, s.lastError),
                     tr("Start leasekeeper-server on the secondary (see secondary_reachable)."));
    const bool lb = !seen.loadBalancer.isEmpty();
    int served = 0;
    if (lb && !s.node.isEmpty()) {
        for (const HaLbAnswer& answer : seen.lbRoutes)
            served += answer.node.compare(s.node, Qt::CaseInsensitive) == 0;
    }
    if (served > 0)
        return check(
            id, HaCheck::Status::Fail,
            tr("%1 answered %2 of %3 requests through the load balancer at %4; while the primary is up it "
               "should get none.")
                .arg(secondary)
                .arg(served)
                .arg(seen.lbRoutes.size())
                .arg(seen.loadBalancer.toString()),
            tr("Make the secondary the load balancer's backup server and the primary its normal one. Write "
               "the configuration again with: %1; then reload the load balancer.")
                .arg(lbConfigCommand(seen)));
    if (!s.isReady())
        return check(
            id, HaCheck::Status::Warn,
            tr("%1 answers its ping with HTTP %2 (reason '%3': %4): it could not take over if the primary "
               "failed now.")
                .arg(secondary)
                .arg(s.pingHttpStatus)
                .arg(s.pingReason, s.pingMessage),
            notReadyHint(s));
    const bool lbAnswered = std::any_of(seen.lbRoutes.begin(), seen.lbRoutes.end(),
                                        [](const HaLbAnswer& answer) { return answer.httpStatus != 0; });
    if (lb && !lbAnswered)
        return check(
            id, HaCheck::Status::Pass,
            tr("%1 is ready to take over (its ping answers 200); whether it gets traffic could not be "
               "checked because the load balancer did not answer (see lb_health).")
                .arg(secondary));
    return check(
        id, HaCheck::Status::Pass,
        lb ? tr("%1 is ready to take over (its ping answers 200) and got none of the %2 requests through "
                "the load balancer.")
                 .arg(secondary)
                 .arg(seen.lbRoutes.size())
           : tr("%1 is ready to take over (its ping answers 200); without a load balancer, whether it "
                "gets traffic was not checked.")
                 .arg(secondary));
}

} // namespace lk
