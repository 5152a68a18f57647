#include "alert/AlertSecrets.h"

#include "util/SecretFile.h"
#include "util/TextFile.h"

using namespace Qt::StringLiterals;

namespace lk {

Result<AlertSecrets> AlertSecrets::read(const AlertSettings& settings) {
    AlertSecrets secrets;
    if (settings.hasWebhook() && !settings.webhook.secretFile.isEmpty()) {
        auto secret = SecretFile::read(settings.webhook.secretFile);
        if (!secret)
            return makeError(
                u"alert_secret"_s,
                tr("webhook secret file %1: %2").arg(settings.webhook.secretFile, secret.error().message));
        secrets.webhookSecret = secret.value();
    }
    if (settings.hasMail() && !settings.mail.passwordFile.isEmpty()) {
        auto password = TextFile::read(settings.mail.passwordFile, tr("mail password file"));
        if (!password)
            return makeError(u"alert_secret"_s, password.error().message);
        // An editor's final newline is not part of the password.
        secrets.mailPassword = password.value().trimmed();
        if (secrets.mailPassword.isEmpty())
            return makeError(u"alert_secret"_s,
                             tr("the mail password file %1 is empty").arg(settings.mail.passwordFile));
    }
    return secrets;
}

} // namespace lk
