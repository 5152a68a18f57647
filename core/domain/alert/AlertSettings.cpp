#include "alert/AlertSettings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

Error invalid(const QString& message) {
    return makeError(u"invalid_alert_settings"_s, message);
}

bool looksLikeAddress(const QString& address) {
    return address.count(u'@') == 1 && !address.startsWith(u'@') && !address.endsWith(u'@') &&
           !address.contains(u'<') && !address.contains(u'>') && !address.contains(u'\r') &&
           !address.contains(u'\n') && !address.contains(u' ');
}

} // namespace

QString AlertSettings::redactedUrl(const QString& url) {
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url.isEmpty() ? QString() : u"(not a URL)"_s;
    const bool bare = (parsed.path().isEmpty() || parsed.path() == u"/"_s) && !parsed.hasQuery();
    QString shown = parsed.scheme() + u"://"_s + parsed.host();
    if (parsed.port() != -1)
        shown += u':' + QString::number(parsed.port());
    return bare ? shown + u"/"_s : shown + u"/\u2026"_s;
}

Status AlertSettings::validate() const {
    if (evaluateIntervalS < 1 || evaluateIntervalS > 3600)
        return invalid(
            tr("the evaluation interval must be 1 to 3600 seconds, not %1").arg(evaluateIntervalS));
    if (hasWebhook()) {
        const QUrl url(webhook.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty())
            return invalid(
                tr("the webhook URL \"%1\" is not an http:// or https:// address").arg(webhook.url));
        if (webhook.attempts < 1 || webhook.attempts > 20)
            return invalid(tr("webhook attempts must be 1 to 20, not %1").arg(webhook.attempts));
        if (webhook.retryBaseMs < 1 || webhook.retryBaseMs > 3600000)
            return invalid(
                tr("the webhook retry delay must be 1 to 3600000 ms, not %1").arg(webhook.retryBaseMs));
        if (webhook.timeoutMs < 100 || webhook.timeoutMs > 300000)
            return invalid(tr("the webhook timeout must be 100 to 300000 ms, not %1").arg(webhook.timeoutMs));
    }
    if (hasMail()) {
        if (mail.port < 1 || mail.port > 65535)
            return invalid(tr("the mail server port must be 1 to 65535, not %1").arg(mail.port));
        if (mail.security != u"starttls"_s && mail.security != u"tls"_s && mail.security != u"none"_s)
            return invalid(tr("mail security must be starttls, tls or none, not \"%1\"").arg(mail.security));
        if (!looksLikeAddress(mail.from))
            return invalid(tr("the mail sender \"%1\" is not an e-mail address").arg(mail.from));
        if (mail.to.isEmpty())
            return invalid(tr("mail has no recipients; list them in \"to\""));
        for (const QString& to : mail.to) {
            if (!looksLikeAddress(to))
                return invalid(tr("the mail recipient \"%1\" is not an e-mail address").arg(to));
        }
        if (!mail.user.isEmpty() && mail.passwordFile.isEmpty())
            return invalid(tr("mail user %1 has no password file").arg(mail.user));
    }
    for (const AlertRule& rule : rules) {
        if (auto problem = rule.problem())
            return invalid(*problem);
        if (!rule.enabled)
            continue;
        if (rule.channels.contains(QString::fromLatin1(alertchannels::kWebhook)) && !hasWebhook() &&
            rule.channels.size() == 1)
            return invalid(
                tr("%1 goes only to the webhook, and no webhook URL is set").arg(AlertRule::code(rule.kind)));
        if (rule.channels.contains(QString::fromLatin1(alertchannels::kMail)) && !hasMail() &&
            rule.channels.size() == 1)
            return invalid(
                tr("%1 goes only to mail, and no mail server is set").arg(AlertRule::code(rule.kind)));
    }
    return {};
}

} // namespace lk
