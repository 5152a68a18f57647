#include "alert/AlertMonitor.h"

using namespace Qt::StringLiterals;

namespace lk {

AlertMonitor::AlertMonitor(LeaseService& service, AlertDispatcher& dispatcher,
                           std::function<qint64()> storeNow, QString role, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_dispatcher(dispatcher)
    , m_storeNow(std::move(storeNow))
    , m_role(std::move(role)) {
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
    connect(&m_service, &LeaseService::leaseEvent, this, &AlertMonitor::onLeaseEvent);
}

void AlertMonitor::setSettings(const AlertSettings& settings) {
    m_settings = settings;
    m_timer.start(settings.evaluateIntervalS * 1000);
}

void AlertMonitor::evaluateNow() {
    if (m_evaluating)
        return; // the store is slow; the next tick asks again
    m_evaluating = true;
    const LicenseState& license = m_service.license();
    const qint64 renewAfterS = license.terms ? license.terms->renewAfterS : LicenseTerms::kDefaultRenewAfterS;
    m_service.usageReport(Lease::overdueBeforeMs(m_storeNow(), renewAfterS), this,
                          [this](const Result<UsageReport>& report) {
                              m_evaluating = false;
                              evaluate(report ? std::optional<UsageReport>(report.value()) : std::nullopt);
                          });
}

void AlertMonitor::evaluate(const std::optional<UsageReport>& report) {
    AlertSnapshot snapshot;
    snapshot.nowMs = m_storeNow();
    snapshot.nodeName = m_service.nodeName();
    snapshot.role = m_role;
    snapshot.terms = m_service.license().terms;
    const StoreHealth health = m_service.storeHealth();
    snapshot.storeHealthy = health.healthy && report.has_value();
    snapshot.storeDetail = health.detail;
    if (report) {
        snapshot.usage = report->usage;
        snapshot.overdue = report->overdue;
        snapshot.probablyDead = report->probablyDead;
    }
    snapshot.clockOffsetMs = health.databaseClockOffsetMs;
    snapshot.cluster = m_service.cluster();
    for (const AlertObservation& observation :
         AlertConditions::observe(snapshot, m_settings, m_peersSeenLive))
        consider(observation);
    Q_EMIT evaluated();
}

void AlertMonitor::onLeaseEvent(const LeaseEvent& event) {
    AlertObservation seen;
    seen.subject = event.component;
    seen.active = true;
    if (event.kind == LeaseEvent::Kind::Denied) {
        seen.kind = AlertKind::Denial;
        seen.summary =
            tr("%1 on %2 was refused a license (%3)").arg(event.component, event.host, event.reasonCode());
        seen.detail =
            tr("Instance %1 of %2 on host %3 asked for %n core(s) and was refused: %4", nullptr, event.cores)
                .arg(event.instance, event.component, event.host, event.detail);
    } else if (event.kind == LeaseEvent::Kind::Expired && event.endReason == EndReason::GraceExpired) {
        seen.kind = AlertKind::GraceExpired;
        seen.severity = u"critical"_s;
        seen.summary = tr("%1 on %2 ran out of grace").arg(event.component, event.host);
        seen.detail =
            tr("The lease of instance %1 of %2 on host %3 ended: it was not renewed within the grace "
               "period, so that component has shut down, or will refuse to work, until it reaches "
               "the License Manager again.")
                .arg(event.instance, event.component, event.host);
    } else {
        return;
    }
    consider(seen);
}

void AlertMonitor::consider(const AlertObservation& observation) {
    const AlertRule& rule = m_settings.rule(observation.kind);
    if (!rule.enabled)
        return;
    const auto decision = m_tracker.observe(rule, observation, m_storeNow());
    if (!decision)
        return;
    AlertMessage message = m_dispatcher.message(ruleCode(observation.kind), observation.severity);
    message.subject = observation.subject;
    message.summary = decision->reminder ? tr("Still: %1").arg(observation.summary) : observation.summary;
    message.detail = observation.detail;
    if (decision->heldBack > 0)
        message.detail += u"\n\n"_s + tr("%n similar alert(s) were held back by the rule's quiet period "
                                         "of %1 s since the last one.",
                                         nullptr, decision->heldBack)
                                          .arg(rule.quietPeriodS);
    m_dispatcher.raise(message, rule.channels);
}

} // namespace lk
