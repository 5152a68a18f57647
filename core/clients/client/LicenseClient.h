#pragma once

#include "client/ClientEvent.h"
#include "client/LicenseTransport.h"
#include "client/RetryPolicy.h"
#include "client/Scheduler.h"
#include "lease/LeaseRequest.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace lk {

// What a component embeds to obey its License Manager: start only with a
// lease, renew it, survive outages for the grace period, stop when it runs
// out. See docs/components.md for the state machine.
class LicenseClient final : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Starting, Licensed, Grace, Stopping, Stopped, Denied, Unreachable, Expired };
    Q_ENUM(State)

    // Exit statuses of a component process, by final state.
    enum ExitStatus : int { ExitStopped = 0, ExitUnreachable = 3, ExitDenied = 4, ExitGraceExpired = 5 };

    LicenseClient(QList<QUrl> managers, LeaseRequest identity, LicenseTransport& transport,
                  Scheduler& scheduler, RetryPolicy policy, QObject* parent = nullptr);
    ~LicenseClient() override;

    void start();
    // Releases the lease (one attempt) and stops; `finished` follows.
    void stop();

    State state() const { return m_state; }
    bool isFinished() const;
    const LeaseRequest& identity() const { return m_identity; }
    const QString& leaseId() const { return m_leaseId; }
    // Time left before the component must shut down; unset before the first
    // lease and once finished (a lost lease keeps it counting down).
    std::optional<qint64> graceRemainingMs() const;
    int exitStatus() const;

Q_SIGNALS:
    void event(const lk::ClientEvent& event);
    void finished(lk::LicenseClient::State finalState);

private:
    enum class Call { Grant, Renew };

    void send(Call call, int managerIndex);
    void onAnswer(Call call, int managerIndex, const TransportResponse& response);
    void onLeaseGranted(const TransportResponse& response);
    void onRenewed(const TransportResponse& response);
    void onLeaseLost(int managerIndex);
    void onAllManagersFailed(Call call, const QString& lastError);
    void reportLeaseLost(const QString& refusal, const QString& lastError);
    void reportRegranted(State before);
    void enterLicensed();
    void scheduleRenewal();
    void scheduleRetry();
    void armDeadline();
    void expire();
    void finish(State state);
    void cancelTimers();
    void report(ClientEvent::Kind kind, const QString& message, const QString& reason = {});
    QUrl endpoint(int managerIndex, const QString& path) const;
    QString managerList() const;

    QList<QUrl> m_managers;
    LeaseRequest m_identity;
    LicenseTransport& m_transport;
    Scheduler& m_scheduler;
    RetryPolicy m_policy;

    State m_state = State::Idle;
    QString m_leaseId; // empty while we hold none: before the grant, and after the lease was lost
    // The lease the License Manager ended (freed by an administrator,
    // reclaimed as dead) until a new one is granted.
    QString m_lostLeaseId;
    bool m_lossUnreported = false;
    QString m_refusal; // why a manager refused a grant in the current round, for the report
    QString m_node;
    int m_preferred = 0; // the manager that answered last is tried first
    qint64 m_renewAfterMs = 0;
    qint64 m_graceMs = 0;
    qint64 m_lastSuccessMs = -1; // on the scheduler's monotonic clock
    qint64 m_requestSentMs = 0;  // when the request being answered was sent
    int m_failures = 0;
    quint64 m_generation = 0; // answers to requests from before a stop are ignored
    Scheduler::Id m_nextCall = 0;
    Scheduler::Id m_deadline = 0;
};

} // namespace lk
