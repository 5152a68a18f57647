// LicenseApi's alert handlers: the alerts raised, their settings, a test alert.
#include "alert/AlertService.h"
#include "server/LicenseApi.h"
#include "server/RequestBody.h"
#include "wire/AlertSettingsAnswer.h"
#include "wire/AlertSettingsJson.h"
#include "wire/AlertsAnswer.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// What an audit entry says of new settings: where alerts go, not secrets.
QString describe(const AlertSettings& settings) {
    QStringList parts;
    parts.append(settings.hasWebhook()
                     ? LicenseApi::tr("webhook %1").arg(AlertSettings::redactedUrl(settings.webhook.url))
                     : LicenseApi::tr("no webhook"));
    parts.append(
        settings.hasMail()
            ? LicenseApi::tr("mail to %1 via %2").arg(settings.mail.to.join(u", "_s), settings.mail.host)
            : LicenseApi::tr("no mail"));
    int enabled = 0;
    for (const AlertRule& rule : settings.rules)
        enabled += rule.enabled ? 1 : 0;
    parts.append(LicenseApi::tr("%1 of %2 rules on").arg(enabled).arg(settings.rules.size()));
    return parts.join(u"; "_s);
}

} // namespace

std::optional<ApiResponse> LicenseApi::alertsMissing() const {
    if (m_alerts)
        return std::nullopt;
    return ApiResponse::error(503, u"alerts_unavailable"_s, tr("this node has not started its alerts yet"));
}

void LicenseApi::alerts(const ApiRequest& request, PendingReply reply) {
    if (auto missing = alertsMissing())
        return reply.send(*missing);
    const auto after = wire::AlertsAnswer::afterFromQuery(request.query.queryItemValue(u"after"_s));
    if (!after)
        return reply.send(ApiResponse::error(400, after.error().code, after.error().message));
    const AlertDispatcher& dispatcher = m_alerts->dispatcher();
    const wire::AlertsAnswer answer{dispatcher.alertsAfter(after.value()), dispatcher.deliveries(),
                                    dispatcher.lastSeq()};
    reply.send(ApiResponse::json(200, answer.toJson()));
}

void LicenseApi::alertSettings(const ApiRequest& request, PendingReply reply) {
    if (auto missing = alertsMissing())
        return reply.send(*missing);
    AlertSettings shown = m_alerts->settings();
    const auto holder = m_tokens.holderOf(request.authorization);
    // A viewer is not handed a URL that may carry the receiver's token.
    if (!holder || holder->role != AccessRole::Admin)
        shown.webhook.url = AlertSettings::redactedUrl(shown.webhook.url);
    reply.send(ApiResponse::json(200, wire::AlertSettingsAnswer{shown, m_alerts->path()}.toJson()));
}

void LicenseApi::changeAlertSettings(const ApiRequest& request, PendingReply reply) {
    if (auto missing = alertsMissing())
        return reply.send(*missing);
    const auto body = RequestBody::jsonObject(request.body);
    if (!body)
        return reply.send(ApiResponse::error(400, body.error().code, body.error().message));
    const auto settings = wire::AlertSettingsJson::fromJson(body.value());
    if (!settings)
        return reply.send(ApiResponse::error(400, settings.error().code, settings.error().message));
    AuditEntry entry = auditOf(request, audit::actions::kAlertsChange);
    entry.target = m_alerts->path();
    const Status applied = m_alerts->apply(settings.value());
    entry.outcome = QString::fromLatin1(applied ? audit::outcomes::kOk : audit::outcomes::kRefused);
    entry.detail = applied ? describe(settings.value()) : applied.error().message;
    recordAudit(std::move(entry));
    if (!applied)
        return reply.send(ApiResponse::error(applied.error().code == u"no_alerts_file"_s ? 409 : 400,
                                             applied.error().code, applied.error().message));
    reply.send(
        ApiResponse::json(200, wire::AlertSettingsAnswer{m_alerts->settings(), m_alerts->path()}.toJson()));
}

void LicenseApi::testAlert(const ApiRequest& request, PendingReply reply) {
    if (auto missing = alertsMissing())
        return reply.send(*missing);
    AuditEntry entry = auditOf(request, audit::actions::kAlertsTest);
    m_alerts->dispatcher().sendTest(
        entry.actor, this,
        [this, reply, entry](const RaisedAlert& alert, const QList<AlertDelivery>& deliveries) mutable {
            bool all = true;
            QStringList outcomes;
            for (const AlertDelivery& delivery : deliveries) {
                all = all && delivery.delivered;
                outcomes.append(u"%1: %2"_s.arg(delivery.channel, delivery.detail));
            }
            entry.target = alert.message.id;
            entry.outcome = QString::fromLatin1(all ? audit::outcomes::kOk : audit::outcomes::kFailed);
            entry.detail = outcomes.isEmpty() ? tr("no webhook or mail set; shown in the console only")
                                              : outcomes.join(u"; "_s);
            recordAudit(std::move(entry));
            const wire::AlertsAnswer answer{{alert}, deliveries, alert.seq};
            reply.send(ApiResponse::json(200, answer.toJson()));
        });
}

} // namespace lk
