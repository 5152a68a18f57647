#include "server/LicenseApi.h"

#include "timesync/TimeSyncProbe.h"
#include "util/WallClock.h"
#include "log/LogCategories.h"
#include "server/ApiJson.h"
#include "server/RequestBody.h"
#include "server/ServerMetrics.h"
#include "util/Duration.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk {

LicenseApi::LicenseApi(LeaseService& service, AdminToken adminToken, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_adminToken(std::move(adminToken))
    , m_limiter(service.clock()) {
    m_uptime.start();
}

void LicenseApi::registerRoutes(HttpRouter& router) {
    auto bind = [this](void (LicenseApi::*handler)(const ApiRequest&, PendingReply)) {
        return [this, handler](const ApiRequest& request, PendingReply reply) {
            (this->*handler)(request, reply);
        };
    };
    router.add("GET", u"/pingLicenseManager"_s, bind(&LicenseApi::ping));
    router.add("GET", u"/api/v1/status"_s, bind(&LicenseApi::status));
    router.add("GET", u"/api/v1/time"_s, bind(&LicenseApi::time));
    router.add("POST", u"/api/v1/leases"_s, componentOnly(&LicenseApi::grant));
    router.add("POST", u"/api/v1/leases/{id}/renew"_s, componentOnly(&LicenseApi::renew));
    router.add("DELETE", u"/api/v1/leases/{id}"_s, componentOnly(&LicenseApi::release));
    router.add("GET", u"/api/v1/leases"_s, adminOnly(&LicenseApi::listLeases));
    router.add("GET", u"/api/v1/history"_s, adminOnly(&LicenseApi::history));
    router.add("GET", u"/api/v1/renewals"_s, adminOnly(&LicenseApi::recentRenewals));
    router.add("POST", u"/api/v1/leases/{id}/free"_s, adminOnly(&LicenseApi::free));
    router.add("GET", u"/api/v1/maintenance"_s, bind(&LicenseApi::maintenanceState));
    router.add("POST", u"/api/v1/maintenance"_s, adminOnly(&LicenseApi::setMaintenanceMode));
    if (m_metrics)
        router.add("GET", u"/metrics"_s,
                   m_metricsOpen ? bind(&LicenseApi::metrics) : adminOnly(&LicenseApi::metrics));
}

HttpRouter::Handler LicenseApi::adminOnly(void (LicenseApi::*handler)(const ApiRequest&, PendingReply)) {
    return [this, handler](const ApiRequest& request, PendingReply reply) {
        // A locked-out address is not even checked, so that guessing stops.
        if (auto refused = lockedOut(request))
            return reply.send(*refused);
        if (!m_adminToken.accepts(request.authorization)) {
            // Only a presented token counts: a request without one guesses nothing.
            if (m_adminToken.isConfigured() && !request.authorization.isEmpty())
                recordFailure(request, tr("admin token"));
            ApiResponse response = ApiResponse::error(
                401, u"unauthorized"_s,
                m_adminToken.isConfigured()
                    ? tr("this endpoint needs 'Authorization: Bearer <admin token>' with the server's admin "
                         "token")
                    : tr("the admin API is disabled: start the server with --admin-token-file"));
            response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            return reply.send(response);
        }
        m_limiter.recordSuccess(request.remoteAddress);
        (this->*handler)(request, reply);
    };
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
        return {false, u"maintenance"_s, tr("this node is in maintenance mode")};
    return {true, {}, tr("License Manager %1 is ready").arg(m_service.nodeName())};
}

void LicenseApi::ping(const ApiRequest&, PendingReply reply) {
    const Readiness state = readiness();
    QJsonObject body{{u"status"_s, state.ready ? u"ok"_s : u"unavailable"_s},
                     {u"node"_s, m_service.nodeName()},
                     {u"message"_s, state.message}};
    if (!state.ready)
        body.insert(u"reason"_s, state.reason);
    reply.send(ApiResponse::json(state.ready ? 200 : 503, body));
}

QJsonObject LicenseApi::statusJson(const QMap<QString, TypeUsage>* usage) const {
    const Readiness state = readiness();
    const StoreHealth store = m_service.storeHealth();
    QJsonObject ping{{u"ok"_s, state.ready}, {u"message"_s, state.message}};
    ping.insert(u"reason"_s, state.ready ? QJsonValue() : QJsonValue(state.reason));
    return QJsonObject{
        {u"node"_s, m_service.nodeName()},
        {u"role"_s, m_role},
        {u"version"_s, QStringLiteral(LEASEKEEPER_VERSION)},
        {u"uptime_s"_s, m_uptime.elapsed() / 1000},
        {u"server_time_ms"_s, m_service.clock().nowMs()},
        {u"maintenance"_s, m_maintenance},
        {u"ping"_s, ping},
        {u"license"_s, apijson::license(m_service.license(), usage)},
        {u"cluster"_s,
         m_service.cluster() ? apijson::cluster(*m_service.cluster(), m_service.nodeName()) : QJsonValue()},
        {u"store"_s, QJsonObject{{u"kind"_s, m_service.storeKind()},
                                 {u"healthy"_s, store.healthy},
                                 {u"detail"_s, store.detail},
                                 {u"pending_jobs"_s, store.pendingJobs},
                                 {u"database_clock_offset_ms"_s,
                                  store.databaseClockOffsetMs ? QJsonValue(*store.databaseClockOffsetMs)
                                                              : QJsonValue()}}},
        {u"time_sync"_s, m_timeSync ? m_timeSync->current().toJson() : TimeSync().toJson()},
        {u"tls"_s, !m_tls.isEmpty() ? m_tls
                                    : QJsonObject{{u"enabled"_s, false},
                                                  {u"only"_s, false},
                                                  {u"certificate_expires"_s, QJsonValue()}}},
    };
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
    QJsonObject body{{u"receive_time_us"_s, request.receivedUs}, {u"node"_s, m_service.nodeName()}};
    body.insert(u"transmit_time_us"_s, WallClock::nowUs());
    reply.send(ApiResponse::json(200, body));
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
    const auto lease = LeaseRequest::fromJson(body.value());
    if (!lease)
        return reply.send(ApiResponse::error(400, lease.error().code, lease.error().message));
    const RequestOrigin origin = RequestOrigin::of(request);
    m_service.grant(lease.value(), this, [this, reply, origin](const Result<GrantOutcome>& outcome) {
        if (!outcome)
            return reply.send(storeFailure(outcome.error()));
        if (const auto* denial = std::get_if<Denial>(&outcome.value()))
            return reply.send(ApiResponse::error(403, reasonCode(denial->reason), denial->message));
        const Lease& granted = std::get<Lease>(outcome.value());
        recordRenewal(RenewalRecord::Kind::Grant, granted, origin);
        reply.send(
            ApiResponse::json(201, apijson::grant(granted, *m_service.license().terms, granted.grantedMs)));
    });
}

void LicenseApi::renew(const ApiRequest& request, PendingReply reply) {
    const RequestOrigin origin = RequestOrigin::of(request);
    m_service.renew(
        request.pathParams.value(0), this, [this, reply, origin](const Result<RenewOutcome>& outcome) {
            if (!outcome)
                return reply.send(storeFailure(outcome.error()));
            switch (outcome->kind) {
            case RenewOutcome::Kind::UnknownLease:
                return reply.send(ApiResponse::error(
                    404, u"unknown_lease"_s, tr("no active lease with this id; request a new lease")));
            case RenewOutcome::Kind::Denied:
                return reply.send(
                    ApiResponse::error(403, reasonCode(outcome->denial->reason), outcome->denial->message));
            case RenewOutcome::Kind::Renewed:
                const Lease& lease = *outcome->lease;
                recordRenewal(RenewalRecord::Kind::Renewal, lease, origin);
                return reply.send(ApiResponse::json(
                    200, apijson::grant(lease, *m_service.license().terms, lease.lastRenewalMs)));
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
    QJsonArray array;
    for (const RenewalRecord& record : m_renewals.after(after))
        array.append(apijson::renewal(record));
    reply.send(ApiResponse::json(200, QJsonObject{{u"node"_s, m_service.nodeName()},
                                                  {u"last_sequence"_s, m_renewals.lastSequence()},
                                                  {u"renewals"_s, array}}));
}

void LicenseApi::listLeases(const ApiRequest&, PendingReply reply) {
    m_service.activeLeases(this, [this, reply](const Result<QList<Lease>>& leases) {
        if (!leases)
            return reply.send(storeFailure(leases.error()));
        const qint64 now = storeNowMs();
        const qint64 renewAfterS = m_service.license().terms ? m_service.license().terms->renewAfterS : 300;
        QJsonArray array;
        for (const Lease& lease : leases.value())
            array.append(apijson::lease(lease, now, renewAfterS));
        reply.send(ApiResponse::json(200, QJsonObject{{u"leases"_s, array}, {u"server_time_ms"_s, now}}));
    });
}

void LicenseApi::history(const ApiRequest& request, PendingReply reply) {
    const auto query = RequestBody::historyQuery(request.query);
    if (!query)
        return reply.send(ApiResponse::error(400, query.error().code, query.error().message));
    m_service.history(query.value(), this, [reply](const Result<QList<HistoryEntry>>& entries) {
        if (!entries)
            return reply.send(ApiResponse::error(503, entries.error().code, entries.error().message));
        QJsonArray array;
        for (const HistoryEntry& entry : entries.value())
            array.append(apijson::historyEntry(entry));
        reply.send(ApiResponse::json(200, QJsonObject{{u"history"_s, array}}));
    });
}

void LicenseApi::free(const ApiRequest& request, PendingReply reply) {
    QString note;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = RequestBody::jsonObject(request.body);
        if (!body)
            return reply.send(ApiResponse::error(400, body.error().code, body.error().message));
        const QJsonValue reason = body->value(u"reason"_s);
        if (!reason.isUndefined() && (!reason.isString() || reason.toString().size() > 500))
            return reply.send(ApiResponse::error(
                400, u"invalid_request"_s, tr("field 'reason' must be a string of at most 500 characters")));
        note = reason.toString();
    }
    m_service.freeByAdmin(request.pathParams.value(0), note, this, [this, reply](const Result<bool>& freed) {
        if (!freed)
            return reply.send(storeFailure(freed.error()));
        if (!freed.value())
            return reply.send(
                ApiResponse::error(404, u"unknown_lease"_s, tr("no active lease with this id")));
        reply.send(ApiResponse::noContent());
    });
}

QJsonObject LicenseApi::maintenanceJson() const {
    return {{u"node"_s, m_service.nodeName()}, {u"maintenance"_s, m_maintenance}};
}

void LicenseApi::maintenanceState(const ApiRequest&, PendingReply reply) {
    reply.send(ApiResponse::json(200, maintenanceJson()));
}

void LicenseApi::setMaintenanceMode(const ApiRequest& request, PendingReply reply) {
    const auto body = RequestBody::jsonObject(request.body);
    if (!body)
        return reply.send(ApiResponse::error(400, body.error().code, body.error().message));
    const QJsonValue enabled = body->value(u"enabled"_s);
    if (!enabled.isBool())
        return reply.send(
            ApiResponse::error(400, u"invalid_request"_s, tr("field 'enabled' must be true or false")));
    if (m_maintenance != enabled.toBool()) {
        m_maintenance = enabled.toBool();
        Q_EMIT maintenanceChanged(m_maintenance);
    }
    reply.send(ApiResponse::json(200, maintenanceJson()));
}

} // namespace lk
