#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lk {

// What an alert is about. Conditions (near_limit, grace_entered,
// license_expiry, store_unhealthy, standby_lost, clock_offset,
// dead_components) hold for a
// while; events (denial, grace_expired) happen at an instant.
enum class AlertKind {
    NearLimit,      // a component type's instances or cores at or above threshold % of the license
    Denial,         // a grant refused
    GraceEntered,   // leases that missed their renewals: components running on grace
    GraceExpired,   // a lease ended because its grace ran out
    LicenseExpiry,  // the license expires within threshold days
    StoreUnhealthy, // the database does not answer
    StandbyLost,    // another node of the pair stopped sending heartbeats
    ClockOffset,    // this node's clock differs from the database's by more than threshold ms
    DeadComponents, // overdue leases whose probes say the process is gone still hold seats
};
inline constexpr int kAlertKindCount = int(AlertKind::DeadComponents) + 1;

// The channels an alert can go out on.
namespace alertchannels {
inline constexpr auto kWebhook = "webhook";
inline constexpr auto kMail = "mail";
inline constexpr auto kTray = "tray"; // the console's notification
QStringList all();
} // namespace alertchannels

// One rule of the alert settings: whether it is on, its threshold where it
// has one, how long it stays quiet after it fired, and where it goes.
struct AlertRule {
    Q_DECLARE_TR_FUNCTIONS(AlertRule)

public:
    AlertKind kind = AlertKind::NearLimit;
    bool enabled = true;
    int threshold = 0;       // %, days or ms by kind; 0 for kinds without one
    int quietPeriodS = 3600; // after an alert, the same incident is not sent again before this
    QStringList channels;    // of alertchannels; empty: none

    // The rule as shipped: on, every channel, the kind's default threshold.
    static AlertRule defaults(AlertKind kind);
    static QList<AlertRule> allDefaults();

    static QString code(AlertKind kind); // "near_limit", ...
    static std::optional<AlertKind> kindFromCode(const QString& code);
    static QList<AlertKind> allKinds();
    struct ThresholdRange {
        int defaultValue;
        int min;
        int max;
    };
    static constexpr int kMaxQuietPeriodS = 7 * 24 * 3600;
    // The values a kind's threshold may take; none when it has no threshold.
    static std::optional<ThresholdRange> thresholdRange(AlertKind kind);
    // "%", "days", "ms"; empty when the kind has no threshold.
    static QString thresholdUnit(AlertKind kind);
    // What the rule watches, for the console and the docs.
    static QString describe(AlertKind kind);
    static bool isEvent(AlertKind kind) {
        return kind == AlertKind::Denial || kind == AlertKind::GraceExpired;
    }

    // The range each threshold may take; an error names the rule.
    std::optional<QString> problem() const;

    friend bool operator==(const AlertRule&, const AlertRule&) = default;
};

} // namespace lk
