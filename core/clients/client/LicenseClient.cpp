#include "client/LicenseClient.h"

#include "log/LogCategories.h"
#include "util/Duration.h"
#include "wire/ErrorBody.h"
#include "wire/GrantAnswer.h"
#include "wire/LeaseRequestJson.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <utility>

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
    if (call == Call::Renew && response.status == 404 && error == u"unknown_lease"_s)
        return onLeaseLost(managerIndex);
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
    if (refused) // kept for the report, in the server's words
        m_refusal = body.message.isEmpty() ? detail.trimmed() : body.message;
    if (refused && !error.isEmpty())
        m_refusal += u" (%1)"_s.arg(error);
    // A running component asks every License Manager, even after a refusal: the nodes of a pair
    // should serve one license, but while a larger one is installed node by node one of them may
    // already have room, and a component living on its grace loses nothing by asking.
    if (managerIndex + 1 < m_managers.size())
        return send(call, managerIndex + 1);
    onAllManagersFailed(call, detail.trimmed());
}

// The License Manager ended our lease (an administrator freed it, or it took us for dead). Ask
// again as the same instance. Until a grant succeeds we hold no lease: retries ask for a grant,
// not a renewal of the dead id, and the deadline stays where the last success put it, because
// losing a lease must never shorten (nor a refused grant extend) the grace left.
void LicenseClient::onLeaseLost(int managerIndex) {
    m_lostLeaseId = m_leaseId;
    m_leaseId.clear();
    m_lossUnreported = true;
    send(Call::Grant, managerIndex);
}

void LicenseClient::onAllManagersFailed(Call, const QString& lastError) {
    if (m_state == State::Starting) {
        report(ClientEvent::Kind::Unreachable,
               tr("cannot reach any License Manager at %1: %2").arg(managerList(), lastError),
               u"unreachable"_s);
        return finish(State::Unreachable);
    }
    ++m_failures;
    const QString refusal = std::exchange(m_refusal, QString());
    if (m_lossUnreported) {
        reportLeaseLost(refusal, lastError);
    } else if (m_state == State::Licensed) {
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
                                           .arg(refusal.isEmpty() ? lastError : refusal);
    }
    scheduleRetry();
}

// Said once, when the first grant after the loss fails: the component now waits for a seat (or
// for a License Manager to answer), not for the network to come back, and its operator must
// know which.
void LicenseClient::reportLeaseLost(const QString& refusal, const QString& lastError) {
    m_lossUnreported = false;
    m_state = State::Grace;
    const QString left = Duration::format(graceRemainingMs().value_or(0));
    const QString message =
        refusal.isEmpty()
            ? tr("the License Manager ended lease %1 (it no longer knows it) and no License Manager at %2 "
                 "granted a new one (%3); running on grace, shutting down in %4 unless a new lease is "
                 "granted")
                  .arg(m_lostLeaseId, managerList(), lastError, left)
            : tr("the License Manager ended lease %1 (it no longer knows it) and refuses a new one now: %2; "
                 "running on grace, shutting down in %3 unless a seat frees up")
                  .arg(m_lostLeaseId, refusal, left);
    report(ClientEvent::Kind::Grace, message, u"lease_lost"_s);
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
    if (before == State::Starting)
        report(ClientEvent::Kind::Licensed,
               tr("licensed; renewing every %1").arg(Duration::format(m_renewAfterMs)));
    else
        reportRegranted(before);
}

// Outside the start, a grant only follows a lost lease.
void LicenseClient::reportRegranted(State before) {
    const QString lost = std::exchange(m_lostLeaseId, QString());
    m_lossUnreported = false;
    if (before == State::Grace)
        report(ClientEvent::Kind::Recovered,
               tr("licensed again with new lease %1 (the License Manager had ended lease %2); grace period "
                  "over")
                   .arg(m_leaseId, lost),
               u"new_lease"_s);
    else
        report(ClientEvent::Kind::Licensed,
               tr("the License Manager had ended lease %1 (it no longer knew it); licensed again with new "
                  "lease %2")
                   .arg(lost, m_leaseId),
               u"new_lease"_s);
}

// A grant and a renewal both mean the License Manager has just vouched for us.
void LicenseClient::enterLicensed() {
    m_lastSuccessMs = m_requestSentMs;
    m_failures = 0;
    m_refusal.clear(); // another manager's refusal in this round no longer matters
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
        m_lostLeaseId.isEmpty()
            ? tr("grace period of %1 ran out: no License Manager at %2 renewed the lease; shutting down")
                  .arg(Duration::format(m_graceMs), managerList())
            : tr("grace period of %1 ran out: no License Manager at %2 granted a new lease after lease %3 "
                 "was ended; shutting down")
                  .arg(Duration::format(m_graceMs), managerList(), m_lostLeaseId);
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
