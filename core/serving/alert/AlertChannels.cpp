#include "alert/AlertChannels.h"

#include "alert/MailChannel.h"
#include "alert/WebhookChannel.h"

using namespace Qt::StringLiterals;

namespace lk {

Result<MailSettings> AlertChannels::mailSettings(const AlertSettings::Mail& mail,
                                                 const QByteArray& password) {
    MailSettings settings;
    settings.host = mail.host;
    settings.port = quint16(mail.port);
    settings.security = mail.security == u"tls"_s    ? MailSettings::Security::ImplicitTls
                        : mail.security == u"none"_s ? MailSettings::Security::None
                                                     : MailSettings::Security::StartTls;
    settings.user = mail.user;
    settings.password = password;
    settings.from = mail.from;
    settings.to = mail.to;
    auto trust = TlsClientOptions::create(mail.caFile, {});
    if (!trust)
        return makeError(u"invalid_alert_settings"_s, tr("mail ca-file: %1").arg(trust.error().message));
    settings.trust = trust.value();
    if (auto valid = settings.validate(); !valid)
        return makeError(u"invalid_alert_settings"_s, valid.error().message);
    return settings;
}

Result<AlertChannels::List> AlertChannels::make(const AlertSettings& settings, const AlertSecrets& secrets,
                                                const Clock& clock, Attempts attempts) {
    List channels;
    if (settings.hasWebhook()) {
        AlertSettings::Webhook webhook = settings.webhook;
        if (attempts == Attempts::Once)
            webhook.attempts = 1;
        channels.push_back(std::make_unique<WebhookChannel>(webhook, secrets.webhookSecret, clock));
    }
    if (settings.hasMail()) {
        auto mail = mailSettings(settings.mail, secrets.mailPassword);
        if (!mail)
            return mail.error();
        auto channel = std::make_unique<MailChannel>(mail.value(), clock);
        if (attempts == Attempts::Once)
            channel->setMaxAttempts(1);
        channels.push_back(std::move(channel));
    }
    return channels;
}

} // namespace lk
