#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lk {

// One administrative action as the audit trail keeps it: who did what, from
// where, to what, and how it ended. Written in the database the nodes share,
// so that both nodes of a pair show the same trail.
struct AuditEntry {
    qint64 id = 0; // assigned by the store, in the order entries were written
    qint64 atMs = 0;
    QString node;    // the node that served the action
    QString actor;   // the token's name, or who acted without one ("console", "signal")
    QString role;    // admin or viewer; empty when no valid token was shown
    QString address; // the sender's address, and the X-Forwarded-For of a proxy in front
    QString action;  // one of audit::actions
    QString target;  // what it acted on: a lease id, a license id; may be empty
    QString outcome; // one of audit::outcomes
    QString detail;  // for an administrator to read

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

// GET /api/v1/audit's filters, newest first.
struct AuditQuery {
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    QString action; // empty: any
    QString actor;  // empty: anyone
    int limit = 1000;
};

namespace audit {

// The actions recorded. Reads (lists, history, status) are not: a viewer
// polling every five seconds would bury the changes. A token is recorded the
// first time a node sees it from an address.
namespace actions {
inline constexpr auto kLeaseFree = "lease.free";
inline constexpr auto kMaintenanceOn = "maintenance.on";
inline constexpr auto kMaintenanceOff = "maintenance.off";
inline constexpr auto kLicenseLoad = "license.load";
inline constexpr auto kPolicyLoad = "policy.load";
inline constexpr auto kAlertsChange = "alerts.change"; // settings saved from the API or re-read from the file
inline constexpr auto kAlertsTest = "alerts.test";
inline constexpr auto kTokenUsed = "token.used";
inline constexpr auto kAuthFailed = "auth.failed";
inline constexpr auto kAuthForbidden = "auth.forbidden";
} // namespace actions

QList<QString> allActions();
bool isAction(const QString& action);

namespace outcomes {
inline constexpr auto kOk = "ok";
inline constexpr auto kNotFound = "not_found";
inline constexpr auto kRefused = "refused";
inline constexpr auto kFailed = "failed";
} // namespace outcomes

} // namespace audit

} // namespace lk
