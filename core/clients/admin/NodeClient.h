#pragma once

#include "admin/NodeStatus.h"
#include "audit/AuditEntry.h"
#include "lease/UsageSample.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "wire/AccessAnswer.h"
#include "wire/AlertSettingsAnswer.h"
#include "wire/AlertsAnswer.h"
#include "wire/GroupsAnswer.h"
#include "wire/LicenseFitAnswer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace lk {

// The asynchronous client of a node's admin and status endpoints (or of a
// load balancer's virtual host), and the one place such a request is put
// together: URL, timeout, JSON content type, bearer token. Every call returns
// at once and answers through its callback on this object's thread, so the
// window never waits on the network; leasekeeper-ctl waits through
// BlockingHttp, the HA checks and the drill use it as it is.
class NodeClient final : public QObject {
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    static constexpr int kTimeoutMs = 5000;
    static constexpr int kFitTimeoutMs = 60000;
    // A test alert waits for every channel's one attempt (a webhook's or a
    // mail server's own timeout, up to 300 s by the settings' limits).
    static constexpr int kTestAlertTimeoutMs = 320000;

    NodeClient(QUrl baseUrl, QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);

    // What came back for one request: an HTTP status (any, 5xx included), or
    // status 0 and `error`, a message an administrator can act on.
    struct Answer {
        int status = 0;
        // The body when it is not a JSON object or was asked for as text
        // (Parse::Text); a JSON object is otherwise only in `json`.
        QByteArray body;
        QJsonObject json; // empty unless the body is a JSON object
        QString node;     // X-License-Manager-Node: which node answered
        QString error;
        qint64 sentAtMs = 0; // by the clock given to the client
        qint64 receivedAtMs = 0;
    };

    const QUrl& baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    void setAdminToken(const QByteArray& token) { m_adminToken = token; }
    bool hasAdminToken() const { return !m_adminToken.isEmpty(); }
    const QByteArray& adminToken() const { return m_adminToken; }

    // Ping and status together: a node that answers the ping but not the
    // status still counts as reachable.
    void fetchStatus(std::function<void(const NodeStatus&)> done);
    // Every live lease when `since` is empty, else what changed since that cursor.
    void fetchLeases(const QString& since, Callback<LeaseUpdate> done);
    void fetchHistory(const HistoryQuery& query, Callback<QList<HistoryEntry>> done);
    void freeLease(const QString& leaseId, const QString& reason, Callback<bool> done);
    // The audit trail, newest first (viewer or admin token).
    void fetchAudit(const AuditQuery& query, Callback<QList<AuditEntry>> done);
    // Instances and cores in use per type over time, oldest first (viewer or admin token).
    void fetchUsage(const UsageQuery& query, Callback<QList<UsageSample>> done);
    // Whose token this client sends and what it may do.
    void fetchAccess(Callback<wire::AccessAnswer> done);
    // The host groups of the node's policy and their live use (viewer or admin).
    void fetchGroups(Callback<wire::GroupsAnswer> done);
    // Replays the node's leases of the last `days` against `licenseFile` (a
    // renewal offer): the starts it would have refused (viewer or admin).
    // Waits up to kFitTimeoutMs: a month of a large fleet takes a moment.
    void checkLicenseFit(const QByteArray& licenseFile, int days, Callback<wire::LicenseFitAnswer> done);
    // The alerts the node raised after sequence number `after`, and its
    // delivery log (viewer or admin).
    void fetchAlerts(qint64 after, Callback<wire::AlertsAnswer> done);
    // The alert settings and the file the node keeps them in (viewer or admin).
    void fetchAlertSettings(Callback<wire::AlertSettingsAnswer> done);
    // Saves new alert settings on the node (admin); an error carries the
    // node's message, which names the field to change.
    void saveAlertSettings(const AlertSettings& settings, Callback<wire::AlertSettingsAnswer> done);
    // Sends a test alert on every channel the node has set (admin) and
    // answers with each channel's outcome. Waits up to kTestAlertTimeoutMs.
    void sendTestAlert(Callback<wire::AlertsAnswer> done);
    // Grants and renewals the node served after sequence number `after` (admin).
    void fetchRenewals(qint64 after, Callback<RenewalBatch> done);

    // How send() hands over a successful answer: parsed into `json`, or as
    // `body` text for a caller that parses it its own way (a lease list).
    enum class Parse { Json, Text };

    // Any endpoint: `pathAndQuery` is appended to the base URL's path; with
    // `admin`, the admin token (if any) goes along as a bearer token. Error
    // answers (not 2xx) are always parsed into `json`.
    void send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, bool admin,
              std::function<void(Answer)> done, Parse parse = Parse::Json);
    // "what: HTTP 401 <message of the node>" or "what: <why it was not reached>".
    static Error failure(const Answer& answer, const QString& what);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager& m_network;
    const Clock& m_clock;
    QByteArray m_adminToken;
    int m_timeoutMs = kTimeoutMs;
};

} // namespace lk
