#include "server/LicenseApi.h"

#include "log/LogCategories.h"
#include "server/ApiJson.h"
#include "server/RequestBody.h"
#include "server/ServerMetrics.h"
#include "timesync/TimeSyncProbe.h"
#include "util/Duration.h"
#include "util/WallClock.h"
#include "wire/AccessAnswer.h"
#include "wire/AuditAnswer.h"
#include "wire/AuditParameters.h"
#include "wire/FreeRequest.h"
#include "wire/GroupsAnswer.h"
#include "wire/HistoryParameters.h"
#include "wire/LeaseJson.h"
#include "wire/LeaseRequestJson.h"
#include "wire/Maintenance.h"
#include "wire/PingAnswer.h"
#include "wire/StatusAnswer.h"
#include "wire/TimeAnswer.h"
#include "wire/UsageAnswer.h"
#include "wire/UsageParameters.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lk {

LicenseApi::LicenseApi(LeaseService& service, AccessTokens tokens, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_tokens(std::move(tokens))
    , m_limiter(service.clock()) {
    m_uptime.start();
}

void LicenseApi::registerRoutes(HttpRouter& router) {
    auto bind = [this](void (LicenseApi::*handler)(const ApiRequest&, PendingReply)) {
        return [this, handler](const ApiRequest& request, PendingReply reply) {
            (this->*handler)(request, reply);
        };
    };
    using Access = HttpRouter::Access;
    const auto viewer = [this](auto handler) { return withToken(AccessRole::Viewer, handler); };
    const auto admin = [this](auto handler) { return withToken(AccessRole::Admin, handler); };
    router.add("GET", u"/pingLicenseManager"_s, bind(&LicenseApi::ping));
    router.add("GET", u"/api/v1/status"_s, bind(&LicenseApi::status));
    router.add("GET", u"/api/v1/time"_s, bind(&LicenseApi::time));
    router.add("POST", u"/api/v1/leases"_s, componentOnly(&LicenseApi::grant), Access::Component);
    router.add("POST", u"/api/v1/leases/{id}/renew"_s, componentOnly(&LicenseApi::renew), Access::Component);
    router.add("DELETE", u"/api/v1/leases/{id}"_s, componentOnly(&LicenseApi::release), Access::Component);
    router.add("GET", u"/api/v1/leases"_s, viewer(&LicenseApi::listLeases), Access::Viewer);
    router.add("GET", u"/api/v1/history"_s, viewer(&LicenseApi::history), Access::Viewer);
    router.add("GET", u"/api/v1/renewals"_s, viewer(&LicenseApi::recentRenewals), Access::Viewer);
    router.add("GET", u"/api/v1/audit"_s, viewer(&LicenseApi::auditTrail), Access::Viewer);
    router.add("GET", u"/api/v1/access"_s, viewer(&LicenseApi::access), Access::Viewer);
    router.add("GET", u"/api/v1/usage"_s, viewer(&LicenseApi::usageOverTime), Access::Viewer);
    router.add("GET", u"/api/v1/groups"_s, viewer(&LicenseApi::hostGroups), Access::Viewer);
    // A viewer may ask: the offer is only read, nothing changes.
    router.add("POST", u"/api/v1/license/fit"_s, viewer(&LicenseApi::licenseFit), Access::Viewer,
               HttpRouter::Effect::Reads);
    router.add("GET", u"/api/v1/alerts"_s, viewer(&LicenseApi::alerts), Access::Viewer);
    router.add("GET", u"/api/v1/alerts/settings"_s, viewer(&LicenseApi::alertSettings), Access::Viewer);
    router.add("PUT", u"/api/v1/alerts/settings"_s, admin(&LicenseApi::changeAlertSettings), Access::Admin);
    router.add("POST", u"/api/v1/alerts/test"_s, admin(&LicenseApi::testAlert), Access::Admin);
    router.add("POST", u"/api/v1/leases/{id}/free"_s, admin(&LicenseApi::free), Access::Admin);
    router.add("GET", u"/api/v1/maintenance"_s, bind(&LicenseApi::maintenanceState));
    router.add("POST", u"/api/v1/maintenance"_s, admin(&LicenseApi::setMaintenanceMode), Access::Admin);
    if (m_metrics) {
        if (m_metricsOpen)
            router.add("GET", u"/metrics"_s, bind(&LicenseApi::metrics));
        else
            router.add("GET", u"/metrics"_s, viewer(&LicenseApi::metrics), Access::Viewer);
    }
}

HttpRouter::Handler LicenseApi::withToken(AccessRole needed,
                                          void (LicenseApi::*handler)(const ApiRequest&, PendingReply)) {
    return [this, needed, handler](const ApiRequest& request, PendingReply reply) {
        if (auto refused = refusedToken(request, needed))
            return reply.send(*refused);
        (this->*handler)(request, reply);
    };
}

std::optional<ApiResponse> LicenseApi::refusedToken(const ApiRequest& request, AccessRole needed) {
    // A locked-out address is not even checked, so that guessing stops.
    if (auto refused = lockedOut(request))
        return refused;
    const auto holder = m_tokens.holderOf(request.authorization);
    if (!holder) {
        // Only a presented token counts: a request without one guesses nothing.
        if (m_tokens.isConfigured() && !request.authorization.isEmpty()) {
            recordFailure(request, tr("admin token"));
            AuditEntry entry = auditOf(request, audit::actions::kAuthFailed);
            entry.outcome = QString::fromLatin1(audit::outcomes::kRefused);
            entry.detail = tr("a token that is not valid here, for %1 %2")
                               .arg(QString::fromLatin1(request.method), request.path);
            recordAudit(std::move(entry));
        }
        ApiResponse response = ApiResponse::error(
            401, u"unauthorized"_s,
            m_tokens.isConfigured()
                ? tr("this endpoint needs 'Authorization: Bearer <token>' with an admin or viewer token of "
                     "this server")
                : tr("the admin API is disabled: start the server with --admin-token-file"));
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return response;
    }
    m_limiter.recordSuccess(request.remoteAddress);
    noteTokenUse(*holder, request);
    if (holder->role == AccessRole::Viewer && needed == AccessRole::Admin) {
        AuditEntry entry = auditOf(request, audit::actions::kAuthForbidden);
        entry.outcome = QString::fromLatin1(audit::outcomes::kRefused);
        entry.target = QString::fromLatin1(request.method) + u' ' + request.path;
        entry.detail = tr("a viewer token cannot change anything");
        recordAudit(std::move(entry));
        return ApiResponse::error(403, u"forbidden"_s,
                                  tr("the token '%1' is a viewer token: it can read but not change anything; "
                                     "this needs an admin token")
                                      .arg(holder->name));
    }
    return std::nullopt;
}

AuditEntry LicenseApi::auditOf(const ApiRequest& request, const char* action) const {
    AuditEntry entry;
    entry.node = m_service.nodeName();
    entry.action = QString::fromLatin1(action);
    entry.address = request.remoteAddress.toString();
    if (!request.forwardedFor.isEmpty())
        entry.address += u" (for %1)"_s.arg(QString::fromLatin1(request.forwardedFor)); // data, not prose
    if (const auto holder = m_tokens.holderOf(request.authorization)) {
        entry.actor = holder->name;
        entry.role = roleName(holder->role);
    } else {
        entry.actor = u"unknown"_s; // a value to filter on, not prose
    }
    return entry;
}

void LicenseApi::noteTokenUse(const TokenHolder& holder, const ApiRequest& request) {
    const QString key = holder.name + u' ' + request.remoteAddress.toString();
    if (m_tokenUses.contains(key))
        return;
    m_tokenUses.insert(key);
    AuditEntry entry = auditOf(request, audit::actions::kTokenUsed);
    entry.outcome = QString::fromLatin1(audit::outcomes::kOk);
    entry.detail = tr("first use of this token from this address since the node started");
    recordAudit(std::move(entry));
}

void LicenseApi::recordAudit(AuditEntry entry) {
    // The log keeps the action even when the database cannot.
    qCInfo(lcAudit).noquote() << tr("%1 by %2 from %3: %4 %5 %6")
                                     .arg(entry.action, entry.actor,
                                          entry.address.isEmpty() ? u"-"_s : entry.address, entry.target,
                                          entry.outcome, entry.detail)
                                     .simplified();
    m_service.recordAudit(std::move(entry), this, [](const Result<bool>& stored) {
        if (!stored)
            qCWarning(lcAudit).noquote()
                << tr("an audit entry was not stored in the database (it is in this log): %1")
                       .arg(stored.error().message);
    });
}

HttpRouter::Handler LicenseApi::componentOnly(void (LicenseApi::*handler)(const ApiRequest&, PendingReply)) {
    return [this, handler](const ApiRequest& request, PendingReply reply) {
        if (!m_siteKey.isRequired())
            return (this->*handler)(request, reply);
        if (auto refused = lockedOut(request))
            return reply.send(*refused);
        if (request.siteKey.isEmpty())
            return reply.send(ApiResponse::error(
                401, u"site_key_required"_s,
                tr("this License Manager needs the site key: send it in the header 'X-Site-Key' (component "
                   "option --site-key-file)")));
        if (!m_siteKey.accepts(request.siteKey)) {
            recordFailure(request, tr("site key"));
            return reply.send(ApiResponse::error(
                401, u"site_key_invalid"_s,
                tr("the 'X-Site-Key' header does not hold this License Manager's site key; check the "
                   "component's --site-key-file")));
        }
        m_limiter.recordSuccess(request.remoteAddress);
        (this->*handler)(request, reply);
    };
}

std::optional<ApiResponse> LicenseApi::lockedOut(const ApiRequest& request) const {
    const qint64 waitMs = m_limiter.retryAfterMs(request.remoteAddress);
    if (waitMs <= 0)
        return std::nullopt;
    const qint64 waitS = (waitMs + 999) / 1000;
    const QString at = QDateTime::fromMSecsSinceEpoch(m_service.clock().nowMs() + waitS * 1000, Qt::UTC)
                           .toString(Qt::ISODate);
    ApiResponse response = ApiResponse::error(
        429, u"too_many_attempts"_s,
        tr("too many failed authentication attempts from %1; try again in %2 (at %3)")
            .arg(AuthRateLimiter::key(request.remoteAddress), Duration::format(waitS * 1000), at));
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(waitS)));
    return response;
}

void LicenseApi::recordFailure(const ApiRequest& request, const QString& what) {
    const auto lockout = m_limiter.recordFailure(request.remoteAddress);
    if (!lockout)
        return;
    // Once per lockout; the address and the count only, never what was sent.
    // The count is at least the policy's 5 failures: always plural.
    qCWarning(lcAuth).noquote()
        << tr("%1 locked out for %2 after %3 failed authentication attempts (last: %4)")
               .arg(lockout->address, Duration::format(lockout->durationMs))
               .arg(lockout->failures)
               .arg(what);
}

Readiness LicenseApi::readiness() const {
    const LicenseState& license = m_service.license();
    if (!license.terms) {
        const QString message = license.problem ? license.problem->message : tr("no license is loaded");
        return {false, license.problem ? license.problem->code : u"no_license"_s, message};
    }
    // By the clock grants are judged by (the database's in a pair), so that
    // both nodes of a pair stop answering on the same instant.
    if (license.terms->isExpiredAt(storeNowMs())) {
        return {false, u"license_expired"_s,
                tr("license %1 expired on %2")
                    .arg(license.terms->licenseId, apijson::isoTime(license.terms->expiresMs))};
    }
    const StoreHealth store = m_service.storeHealth();
    if (!store.healthy)
        return {false, u"store_unavailable"_s, store.detail};
    if (!m_service.admitted()) {
        const Error refused = m_service.notAdmittedError();
        return {false, refused.code, refused.message};
    }
    if (m_maintenance)
        return {false, wire::PingAnswer::kMaintenanceReason.toString(),
                tr("this node is in maintenance mode")};
    return {true, {}, tr("License Manager %1 is ready").arg(m_service.nodeName())};
}

void LicenseApi::ping(const ApiRequest&, PendingReply reply) {
    const Readiness state = readiness();
    const wire::PingAnswer body{state.ready, m_service.nodeName(), state.message, state.reason};
    reply.send(ApiResponse::json(state.ready ? 200 : 503, body.toJson()));
}

QJsonObject LicenseApi::statusJson(const QMap<QString, TypeUsage>* usage) const {
    const Readiness state = readiness();
    const StoreHealth store = m_service.storeHealth();
    wire::StatusAnswer status;
    status.node = m_service.nodeName();
    status.role = m_role;
    status.version = QStringLiteral(LEASEKEEPER_VERSION);
    status.uptimeS = m_uptime.elapsed() / 1000;
    status.serverTimeMs = m_service.clock().nowMs();
    status.maintenance = m_maintenance;
    status.ping = {state.ready, state.message, state.reason};
    const LicenseState& license = m_service.license();
    status.license = {license.terms, license.problem, license.keyId,
                      usage ? std::optional<QMap<QString, TypeUsage>>(*usage) : std::nullopt};
    if (m_service.cluster())
        status.cluster = wire::ClusterStatus::of(*m_service.cluster(), m_service.nodeName());
    status.store = {m_service.storeKind(), store.healthy, store.detail, store.pendingJobs,
                    store.databaseClockOffsetMs};
    status.timeSync = m_timeSync ? m_timeSync->current() : TimeSync();
    status.tls = m_tls;
    return status.toJson();
}

qint64 LicenseApi::storeNowMs() const {
    // The offset was measured against this host's wall clock (PostgresStore::ping).
    if (const auto offset = m_service.storeHealth().databaseClockOffsetMs)
        return WallClock::nowUs() / 1000 + *offset;
    return m_service.clock().nowMs();
}

void LicenseApi::time(const ApiRequest& request, PendingReply reply) {
    // The server's wall clock, not lk::Clock: this endpoint exists to show
    // how far the real clock of this host is from others'. Transmit time is
    // read last, just before the answer is written.
    wire::TimeAnswer body{m_service.nodeName(), request.receivedUs, 0};
    body.transmitTimeUs = WallClock::nowUs();
    reply.send(ApiResponse::json(200, body.toJson()));
}

void LicenseApi::status(const ApiRequest&, PendingReply reply) {
    // A store that does not answer must not hold the status page hostage.
    if (!m_service.storeHealth().healthy)
        return reply.send(ApiResponse::json(200, statusJson(nullptr)));
    m_service.usage(this, [this, reply](const Result<QMap<QString, TypeUsage>>& usage) {
        reply.send(ApiResponse::json(200, statusJson(usage ? &usage.value() : nullptr)));
    });
}

void LicenseApi::metrics(const ApiRequest&, PendingReply reply) {
    m_metrics->scrape([reply](const QByteArray& exposition) {
        ApiResponse response;
        response.body = exposition;
        response.contentType = metrics::ExpositionWriter::kContentType;
        reply.send(response);
    });
}

ApiResponse LicenseApi::storeFailure(const Error& error) const {
    return ApiResponse::error(503, error.code, error.message);
}

void LicenseApi::grant(const ApiRequest& request, PendingReply reply) {
    const auto body = RequestBody::jsonObject(request.body);
    if (!body)
        return reply.send(ApiResponse::error(400, body.error().code, body.error().message));
    const auto lease = wire::LeaseRequestJson::fromJson(body.value());
    if (!lease)
        return reply.send(ApiResponse::error(400, lease.error().code, lease.error().message));
    const RequestOrigin origin = RequestOrigin::of(request);
    m_service.grant(lease.value(), this, [this, reply, origin](const Result<Decided<GrantOutcome>>& decided) {
        if (!decided)
            return reply.send(storeFailure(decided.error()));
        const GrantOutcome& outcome = decided->outcome;
        if (const auto* denial = std::get_if<Denial>(&outcome))
            return reply.send(ApiResponse::error(403, reasonCode(denial->reason), denial->message));
        const Lease& granted = std::get<Lease>(outcome);
        recordRenewal(RenewalRecord::Kind::Grant, granted, origin);
        reply.send(ApiResponse::jsonBytes(201, apijson::grant(granted, *decided->terms, granted.grantedMs)));
    });
}

void LicenseApi::renew(const ApiRequest& request, PendingReply reply) {
    const RequestOrigin origin = RequestOrigin::of(request);
    m_service.renew(
        request.pathParams.value(0), this,
        [this, reply, origin](const Result<Decided<RenewOutcome>>& decided) {
            if (!decided)
                return reply.send(storeFailure(decided.error()));
            const RenewOutcome& outcome = decided->outcome;
            switch (outcome.kind) {
            case RenewOutcome::Kind::UnknownLease:
                return reply.send(ApiResponse::error(
                    404, u"unknown_lease"_s, tr("no active lease with this id; request a new lease")));
            case RenewOutcome::Kind::Denied:
                return reply.send(
                    ApiResponse::error(403, reasonCode(outcome.denial->reason), outcome.denial->message));
            case RenewOutcome::Kind::Renewed:
                const Lease& lease = *outcome.lease;
                recordRenewal(RenewalRecord::Kind::Renewal, lease, origin);
                return reply.send(
                    ApiResponse::jsonBytes(200, apijson::grant(lease, *decided->terms, lease.lastRenewalMs)));
            }
        });
}

void LicenseApi::release(const ApiRequest& request, PendingReply reply) {
    m_service.release(request.pathParams.value(0), this, [this, reply](const Result<bool>& released) {
        if (!released)
            return reply.send(storeFailure(released.error()));
        // Releasing twice is not an error: a retried DELETE must stay harmless.
        reply.send(ApiResponse::noContent());
    });
}

void LicenseApi::recordRenewal(RenewalRecord::Kind kind, const Lease& lease, const RequestOrigin& origin) {
    RenewalRecord record;
    record.kind = kind;
    record.atMs = m_service.clock().nowMs();
    record.leaseId = lease.id;
    record.component = lease.holder.component;
    record.instance = lease.holder.instance;
    record.host = lease.holder.host;
    record.forwardedFor = origin.forwardedFor;
    record.peerAddress = origin.peerAddress;
    m_renewals.record(std::move(record));
}

void LicenseApi::recentRenewals(const ApiRequest& request, PendingReply reply) {
    bool ok = true;
    const QString afterText = request.query.queryItemValue(u"after"_s);
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
    if (!ok || after < 0)
        return reply.send(ApiResponse::error(400, u"invalid_request"_s,
                                             tr("'after' must be a sequence number (0 or more)")));
    const wire::RenewalsAnswer answer{m_service.nodeName(), m_renewals.lastSequence(),
                                      m_renewals.after(after)};
    reply.send(ApiResponse::json(200, answer.toJson()));
}

void LicenseApi::listLeases(const ApiRequest& request, PendingReply reply) {
    const QString since = request.query.queryItemValue(u"since"_s, QUrl::FullyDecoded);
    m_service.leaseChanges(since, this, [this, reply](const Result<LeaseChanges>& changes) {
        if (!changes)
            return reply.send(storeFailure(changes.error()));
        wire::LeaseListAnswer answer;
        answer.serverTimeMs = storeNowMs();
        answer.full = changes->full;
        answer.ended = changes->ended;
        answer.cursor = changes->cursor;
        const qint64 renewAfterS = m_service.license().terms ? m_service.license().terms->renewAfterS : 300;
        for (const Lease& lease : changes->live)
            answer.leases.append(
                wire::LeaseListAnswer::Item{lease, lease.isOverdue(answer.serverTimeMs, renewAfterS)});
        reply.send(ApiResponse::json(200, answer.toJson()));
    });
}

void LicenseApi::history(const ApiRequest& request, PendingReply reply) {
    const auto query = wire::HistoryParameters::fromQuery(request.query);
    if (!query)
        return reply.send(ApiResponse::error(400, query.error().code, query.error().message));
    m_service.history(query.value(), this, [reply](const Result<QList<HistoryEntry>>& entries) {
        if (!entries)
            return reply.send(ApiResponse::error(503, entries.error().code, entries.error().message));
        reply.send(ApiResponse::json(200, wire::HistoryAnswer{entries.value()}.toJson()));
    });
}

void LicenseApi::access(const ApiRequest& request, PendingReply reply) {
    const auto holder = m_tokens.holderOf(request.authorization);
    // withToken() let the request through: a holder exists.
    const wire::AccessAnswer answer{m_service.nodeName(), holder ? holder->name : QString(),
                                    holder ? roleName(holder->role) : QString()};
    reply.send(ApiResponse::json(200, answer.toJson()));
}

void LicenseApi::auditTrail(const ApiRequest& request, PendingReply reply) {
    const auto query = wire::AuditParameters::fromQuery(request.query);
    if (!query)
        return reply.send(ApiResponse::error(400, query.error().code, query.error().message));
    m_service.auditTrail(query.value(), this, [reply](const Result<QList<AuditEntry>>& entries) {
        if (!entries)
            return reply.send(ApiResponse::error(503, entries.error().code, entries.error().message));
        reply.send(ApiResponse::json(200, wire::AuditAnswer{entries.value()}.toJson()));
    });
}

void LicenseApi::usageOverTime(const ApiRequest& request, PendingReply reply) {
    const auto query = wire::UsageParameters::fromQuery(request.query, storeNowMs());
    if (!query)
        return reply.send(ApiResponse::error(400, query.error().code, query.error().message));
    m_service.usageSamples(query.value(), this, [reply, query](const Result<QList<UsageSample>>& samples) {
        if (!samples)
            return reply.send(ApiResponse::error(503, samples.error().code, samples.error().message));
        const wire::UsageAnswer answer{query->stepS, query->fromMs, query->toMs, samples.value()};
        reply.send(ApiResponse::json(200, answer.toJson()));
    });
}

void LicenseApi::hostGroups(const ApiRequest&, PendingReply reply) {
    auto policy = m_service.groupPolicy();
    m_service.leaseChanges({}, this, [reply, policy](const Result<LeaseChanges>& changes) {
        if (!changes)
            return reply.send(ApiResponse::error(503, changes.error().code, changes.error().message));
        reply.send(ApiResponse::json(200, wire::GroupsAnswer::of(policy.get(), changes->live).toJson()));
    });
}

void LicenseApi::free(const ApiRequest& request, PendingReply reply) {
    QString note;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = RequestBody::jsonObject(request.body);
        if (!body)
            return reply.send(ApiResponse::error(400, body.error().code, body.error().message));
        const auto asked = wire::FreeRequest::fromJson(body.value());
        if (!asked)
            return reply.send(ApiResponse::error(400, asked.error().code, asked.error().message));
        note = asked->reason;
    }
    AuditEntry entry = auditOf(request, audit::actions::kLeaseFree);
    entry.target = request.pathParams.value(0);
    entry.detail = note;
    qCInfo(lcAudit).noquote() << tr("%1 by %2 from %3: %4 %5")
                                     .arg(entry.action, entry.actor, entry.address, entry.target, note)
                                     .simplified();
    m_service.freeByAdmin(request.pathParams.value(0), note, entry, this,
                          [this, reply](const Result<bool>& freed) {
                              if (!freed)
                                  return reply.send(storeFailure(freed.error()));
                              if (!freed.value())
                                  return reply.send(ApiResponse::error(404, u"unknown_lease"_s,
                                                                       tr("no active lease with this id")));
                              reply.send(ApiResponse::noContent());
                          });
}

QJsonObject LicenseApi::maintenanceJson() const {
    return wire::MaintenanceAnswer{m_service.nodeName(), m_maintenance}.toJson();
}

void LicenseApi::maintenanceState(const ApiRequest&, PendingReply reply) {
    reply.send(ApiResponse::json(200, maintenanceJson()));
}

void LicenseApi::setMaintenanceMode(const ApiRequest& request, PendingReply reply) {
    const auto body = RequestBody::jsonObject(request.body);
    if (!body)
        return reply.send(ApiResponse::error(400, body.error().code, body.error().message));
    const auto asked = wire::MaintenanceRequest::fromJson(body.value());
    if (!asked)
        return reply.send(ApiResponse::error(400, asked.error().code, asked.error().message));
    AuditEntry entry =
        auditOf(request, asked->enabled ? audit::actions::kMaintenanceOn : audit::actions::kMaintenanceOff);
    entry.target = m_service.nodeName();
    entry.outcome = QString::fromLatin1(audit::outcomes::kOk);
    if (m_maintenance != asked->enabled) {
        m_maintenance = asked->enabled;
        Q_EMIT maintenanceChanged(m_maintenance);
    } else {
        entry.detail = asked->enabled ? tr("already in maintenance") : tr("already out of maintenance");
    }
    recordAudit(std::move(entry));
    reply.send(ApiResponse::json(200, maintenanceJson()));
}

} // namespace lk
