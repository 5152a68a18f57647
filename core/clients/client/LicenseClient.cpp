#include "client/LicenseClient.h"

#include "log/LogCategories.h"
#include "util/Duration.h"
#include "wire/ErrorBody.h"
#include "wire/GrantAnswer.h"
#include "wire/LeaseRequestJson.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace lk {

LicenseClient::LicenseClient(QList<QUrl> managers, LeaseRequest identity, LicenseTransport& transport,
                             Scheduler& scheduler, RetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_managers(std::move(managers))
    , m_identity(std::move(identity))
    , m_transport(transport)
    , m_scheduler(scheduler)
    , m_policy(std::move(policy)) {
    qRegisterMetaType<ClientEvent>();
}

LicenseClient::~LicenseClient() {
    cancelTimers();
}

bool LicenseClient::isFinished() const {
    return m_state == State::Stopped || m_state == State::Denied || m_state == State::Unreachable ||
           m_state == State::Expired;
}

int LicenseClient::exitStatus() const {
    switch (m_state) {
    case State::Unreachable:
        return ExitUnreachable;
    case State::Denied:
        return ExitDenied;
    case State::Expired:
        return ExitGraceExpired;
    default:
        return ExitStopped;
    }
}

std::optional<qint64> LicenseClient::graceRemainingMs() const {
    if (m_lastSuccessMs < 0 || isFinished())
        return std::nullopt;
    return qMax<qint64>(0, m_lastSuccessMs + m_graceMs - m_scheduler.clock().elapsedMs());
}

void LicenseClient::start() {
    if (m_state != State::Idle)
        return;
    if (m_managers.isEmpty()) {
        report(ClientEvent::Kind::Unreachable, tr("no License Manager URL is configured"), u"no_manager"_s);
        return finish(State::Unreachable);
    }
    m_state = State::Starting;
    send(Call::Grant, 0);
}

void LicenseClient::stop() {
    if (isFinished() || m_state == State::Stopping)
        return;
    cancelTimers();
    ++m_generation; // whatever is in flight no longer matters
    if (m_leaseId.isEmpty())
        return finish(State::Stopped);
    m_state = State::Stopping;
    const quint64 generation = m_generation;
    m_transport.send(
        {"DELETE", endpoint(0, u"/api/v1/leases/"_s + m_leaseId), {}},
        [this, self = QPointer(this), generation](const TransportResponse& response) {
            // The transport outlives us: the answer may come after we are gone.
            if (!self || generation != m_generation)
                return;
            if (response.status == 204)
                report(ClientEvent::Kind::Released, tr("lease released"));
            else
                report(ClientEvent::Kind::Released,
                       tr("could not release the lease (%1); the License Manager frees it when its "
                          "grace period ends")
                           .arg(response.status ? tr("HTTP %1").arg(response.status) : response.error),
                       u"release_failed"_s);
            finish(State::Stopped);
        });
}

QUrl LicenseClient::endpoint(int managerIndex, const QString& path) const {
    QUrl url = m_managers.at((m_preferred + managerIndex) % m_managers.size());
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString LicenseClient::managerList() const {
    QStringList urls;
    for (const QUrl& url : m_managers)
        urls << url.toString();
    return urls.join(u", "_s);
}

void LicenseClient::send(Call call, int managerIndex) {
    const quint64 generation = m_generation;
    const qint64 sentAt = m_scheduler.clock().elapsedMs();
    TransportRequest request =
        call == Call::Grant
            ? TransportRequest{"POST", endpoint(managerIndex, u"/api/v1/leases"_s),
                               QJsonDocument(wire::LeaseRequestJson::toJson(m_identity))
                                   .toJson(QJsonDocument::Compact)}
            : TransportRequest{
                  "POST", endpoint(managerIndex, u"/api/v1/leases/%1/renew"_s.arg(m_leaseId)), {}};
    m_transport.send(request, [this, self = QPointer(this), call, managerIndex, generation,
                               sentAt](const TransportResponse& response) {
        if (!self || generation != m_generation)
            return;
        // A lease runs from when we asked, never from when the answer came back.
        m_requestSentMs = sentAt;
        onAnswer(call, managerIndex, response);
    });
}

void LicenseClient::onAnswer(Call call, int managerIndex, const TransportResponse& response) {
    const bool granted = call == Call::Grant && response.status == 201;
    const bool renewed = call == Call::Renew && response.status == 200;
    if (granted || renewed) {
        m_preferred = (m_preferred + managerIndex) % m_managers.size();
        return granted ? onLeaseGranted(response) : onRenewed(response);
    }
    const wire::ErrorBody body = wire::ErrorBody::read(response.json);
    const QString& error = body.error;
    if (call == Call::Renew && response.status == 404 && error == u"unknown_lease"_s) {
        // The License Manager no longer knows this lease: ask again as the same instance.
        return send(Call::Grant, managerIndex);
    }
    // A missing or wrong site key is a configuration error: retrying will not help.
    const bool siteKeyRefused = response.status == 401 && error.startsWith(u"site_key_"_s);
    const bool refused =
        call == Call::Grant && (response.status == 400 || response.status == 403 || siteKeyRefused);
    if (refused && m_state == State::Starting) {
        report(ClientEvent::Kind::Denied, body.message, error);
        return finish(State::Denied);
    }
    const QString detail =
        response.status == 0 ? response.error : tr("HTTP %1 %2").arg(response.status).arg(body.message);
    if (managerIndex + 1 < m_managers.size() && !refused)
        return send(call, managerIndex + 1);
    onAllManagersFailed(call, detail.trimmed());
}

void LicenseClient::onAllManagersFailed(Call, const QString& lastError) {
    if (m_state == State::Starting) {
        report(ClientEvent::Kind::Unreachable,
               tr("cannot reach any License Manager at %1: %2").arg(managerList(), lastError),
               u"unreachable"_s);
        return finish(State::Unreachable);
    }
    ++m_failures;
    if (m_state == State::Licensed) {
        m_state = State::Grace;
        report(ClientEvent::Kind::Grace,
               tr("cannot renew the lease at %1 (%2); running on grace, shutting down in %3 unless a renewal "
                  "succeeds")
                   .arg(managerList(), lastError, Duration::format(graceRemainingMs().value_or(0))),
               u"renewal_failed"_s);
    } else {
        qCDebug(lcClient).noquote() << u"event=retry_failed instance=%1 attempt=%2 error=\"%3\""_s
                                           .arg(m_identity.instance)
                                           .arg(m_failures)
                                           .arg(lastError);
    }
    scheduleRetry();
}

void LicenseClient::onLeaseGranted(const TransportResponse& response) {
    const auto answer = wire::GrantAnswer::fromJson(response.json);
    const QString leaseId = answer ? answer->leaseId : QString();
    const qint64 renewAfterS = answer ? answer->renewAfterS : 0;
    const qint64 graceS = answer ? answer->gracePeriodS : 0;
    if (leaseId.isEmpty() || renewAfterS <= 0 || graceS <= 0)
        return onAllManagersFailed(Call::Grant,
                                   tr("the License Manager's answer lacks a lease id, a renewal interval or "
                                      "a grace period"));
    const State before = m_state;
    m_leaseId = leaseId;
    m_renewAfterMs = renewAfterS * 1000;
    m_graceMs = graceS * 1000;
    m_node = answer->node;
    enterLicensed();
    if (before == State::Grace)
        report(ClientEvent::Kind::Recovered, tr("licensed again with a new lease; grace period over"));
    else if (before == State::Starting)
        report(ClientEvent::Kind::Licensed,
               tr("licensed; renewing every %1").arg(Duration::format(m_renewAfterMs)));
    else
        report(ClientEvent::Kind::Licensed,
               tr("the License Manager no longer knew our lease; licensed again"));
}

// A grant and a renewal both mean the License Manager has just vouched for us.
void LicenseClient::enterLicensed() {
    m_lastSuccessMs = m_requestSentMs;
    m_failures = 0;
    m_state = State::Licensed;
    armDeadline();
    scheduleRenewal();
}

void LicenseClient::onRenewed(const TransportResponse& response) {
    const State before = m_state;
    // A renewal that lacks the timings keeps the ones of the grant.
    const auto answer = wire::GrantAnswer::fromJson(response.json);
    m_node = answer ? answer->node : QString();
    const qint64 renewAfterS = answer ? answer->renewAfterS : 0;
    const qint64 graceS = answer ? answer->gracePeriodS : 0;
    if (renewAfterS > 0)
        m_renewAfterMs = renewAfterS * 1000;
    if (graceS > 0)
        m_graceMs = graceS * 1000;
    enterLicensed();
    if (before == State::Grace)
        report(ClientEvent::Kind::Recovered, tr("lease renewed; grace period over"));
    else
        report(ClientEvent::Kind::Renewed, tr("lease renewed"));
}

void LicenseClient::scheduleRenewal() {
    m_scheduler.cancel(m_nextCall);
    m_nextCall = m_scheduler.schedule(m_policy.renewDelayMs(m_renewAfterMs), [this] {
        m_nextCall = 0;
        send(Call::Renew, 0);
    });
}

void LicenseClient::scheduleRetry() {
    m_scheduler.cancel(m_nextCall);
    m_nextCall = m_scheduler.schedule(m_policy.retryDelayMs(m_failures, m_renewAfterMs), [this] {
        m_nextCall = 0;
        send(m_leaseId.isEmpty() ? Call::Grant : Call::Renew, 0);
    });
}

void LicenseClient::armDeadline() {
    m_scheduler.cancel(m_deadline);
    const qint64 left = m_lastSuccessMs + m_graceMs - m_scheduler.clock().elapsedMs();
    m_deadline = m_scheduler.schedule(left, [this] {
        m_deadline = 0;
        expire();
    });
}

void LicenseClient::expire() {
    ++m_generation;
    const QString message =
        tr("grace period of %1 ran out: no License Manager at %2 renewed the lease; shutting down")
            .arg(Duration::format(m_graceMs), managerList());
    cancelTimers();
    m_state = State::Expired; // before reporting, so the event shows no grace left
    report(ClientEvent::Kind::Shutdown, message, u"grace_expired"_s);
    finish(State::Expired);
}

void LicenseClient::finish(State state) {
    cancelTimers();
    m_state = state;
    Q_EMIT finished(state);
}

void LicenseClient::cancelTimers() {
    m_scheduler.cancel(m_nextCall);
    m_scheduler.cancel(m_deadline);
    m_nextCall = 0;
    m_deadline = 0;
}

void LicenseClient::report(ClientEvent::Kind kind, const QString& message, const QString& reason) {
    const std::optional<qint64> grace =
        kind == ClientEvent::Kind::Shutdown ? std::optional<qint64>(0) : graceRemainingMs();
    const ClientEvent event{kind, m_identity.instance, m_leaseId, m_node, message, reason, grace};
    qCInfo(lcClient).noquote() << u"event=%1 instance=%2 state=%3 grace_remaining_s=%4 message=\"%5\""_s.arg(
        ClientEvent::kindName(kind), m_identity.instance,
        QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(m_state))),
        event.graceRemainingMs ? QString::number(*event.graceRemainingMs / 1000) : u"-"_s, message);
    Q_EMIT this->event(event);
}

} // namespace lk
