#include "alert/AlertRule.h"

#include "util/EnumNames.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const EnumNames<AlertKind>& kindNames() {
    static const EnumNames<AlertKind> names{
        {AlertKind::NearLimit, u"near_limit"_s},           {AlertKind::Denial, u"denial"_s},
        {AlertKind::GraceEntered, u"grace_entered"_s},     {AlertKind::GraceExpired, u"grace_expired"_s},
        {AlertKind::LicenseExpiry, u"license_expiry"_s},   {AlertKind::StoreUnhealthy, u"store_unhealthy"_s},
        {AlertKind::StandbyLost, u"standby_lost"_s},       {AlertKind::ClockOffset, u"clock_offset"_s},
        {AlertKind::DeadComponents, u"dead_components"_s},
    };
    return names;
}

} // namespace

QStringList alertchannels::all() {
    return {QString::fromLatin1(kWebhook), QString::fromLatin1(kMail), QString::fromLatin1(kTray)};
}

AlertRule AlertRule::defaults(AlertKind kind) {
    AlertRule rule;
    rule.kind = kind;
    rule.threshold = thresholdRange(kind) ? thresholdRange(kind)->defaultValue : 0;
    rule.channels = alertchannels::all();
    return rule;
}

QList<AlertRule> AlertRule::allDefaults() {
    QList<AlertRule> rules;
    for (AlertKind kind : allKinds())
        rules.append(defaults(kind));
    return rules;
}

QString AlertRule::code(AlertKind kind) {
    return kindNames().name(kind);
}

std::optional<AlertKind> AlertRule::kindFromCode(const QString& code) {
    return kindNames().value(code);
}

QList<AlertKind> AlertRule::allKinds() {
    QList<AlertKind> kinds;
    for (int i = 0; i < kAlertKindCount; ++i)
        kinds.append(AlertKind(i));
    return kinds;
}

std::optional<AlertRule::ThresholdRange> AlertRule::thresholdRange(AlertKind kind) {
    switch (kind) {
    case AlertKind::NearLimit:
        return ThresholdRange{90, 1, 100};
    case AlertKind::LicenseExpiry:
        return ThresholdRange{30, 1, 365};
    case AlertKind::ClockOffset:
        // The components' own tolerance is seconds; half a second is early warning.
        return ThresholdRange{500, 10, 3600000};
    default:
        return std::nullopt;
    }
}

QString AlertRule::thresholdUnit(AlertKind kind) {
    switch (kind) {
    case AlertKind::NearLimit:
        return u"%"_s;
    case AlertKind::LicenseExpiry:
        return u"days"_s;
    case AlertKind::ClockOffset:
        return u"ms"_s;
    default:
        return {};
    }
}

QString AlertRule::describe(AlertKind kind) {
    switch (kind) {
    case AlertKind::NearLimit:
        return tr("A component type uses this share of its licensed instances or cores");
    case AlertKind::Denial:
        return tr("A component was refused a license");
    case AlertKind::GraceEntered:
        return tr("Components missed their renewals and run on their grace period");
    case AlertKind::GraceExpired:
        return tr("A lease ended because its grace period ran out");
    case AlertKind::LicenseExpiry:
        return tr("The license expires within this many days");
    case AlertKind::StoreUnhealthy:
        return tr("The database does not answer");
    case AlertKind::StandbyLost:
        return tr("Another License Manager of the pair stopped answering");
    case AlertKind::ClockOffset:
        return tr("This node's clock differs from the database's by more than this");
    case AlertKind::DeadComponents:
        return tr("Seats are held by components that look dead: probes of their addresses are refused");
    }
    return {};
}

std::optional<QString> AlertRule::problem() const {
    if (quietPeriodS < 0 || quietPeriodS > kMaxQuietPeriodS)
        return tr("%1: the quiet period must be 0 to %2 seconds, not %3")
            .arg(code(kind))
            .arg(kMaxQuietPeriodS)
            .arg(quietPeriodS);
    for (const QString& channel : channels) {
        if (!alertchannels::all().contains(channel))
            return tr("%1: unknown channel \"%2\"; use webhook, mail or tray").arg(code(kind), channel);
    }
    const auto range = thresholdRange(kind);
    if (range && (threshold < range->min || threshold > range->max))
        return tr("%1: the threshold must be %2 to %3 %4, not %5")
            .arg(code(kind))
            .arg(range->min)
            .arg(range->max)
            .arg(thresholdUnit(kind))
            .arg(threshold);
    return std::nullopt;
}

} // namespace lk
