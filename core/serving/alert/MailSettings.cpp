#include "alert/MailSettings.h"

#include <QHostAddress>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

bool hasControlOrSpace(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7f; });
}

Error settingsError(const QString& message) {
    return makeError(u"mail_settings"_s, message);
}

} // namespace

quint16 MailSettings::defaultPort(Security security) {
    switch (security) {
    case Security::ImplicitTls:
        return kImplicitTlsPort;
    case Security::None:
        return kRelayPort;
    case Security::StartTls:
        break;
    }
    return kSubmissionPort;
}

bool MailSettings::isLoopback(const QString& host) {
    const QString name = host.toLower();
    if (name == u"localhost"_s || name == u"localhost."_s || name.endsWith(u".localhost"_s))
        return true;
    QString literal = host;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

QString MailSettings::server() const {
    return u"%1:%2"_s.arg(host).arg(port);
}

Status MailSettings::checkAddress(const QString& address) {
    if (address.isEmpty())
        return makeError(u"mail_address"_s, tr("it is empty"));
    if (hasControlOrSpace(address))
        return makeError(u"mail_address"_s, tr("it contains a space, a line break or a control character"));
    static const QString kSpecials = u"<>,;:\"()[]\\"_s;
    for (const QChar c : address) {
        if (c.unicode() > 0x7e)
            return makeError(u"mail_address"_s,
                             tr("it contains the non-ASCII character '%1'; write the domain in its "
                                "ASCII form (xn--...)")
                                 .arg(c));
        if (kSpecials.contains(c))
            return makeError(u"mail_address"_s, tr("it contains '%1'; give the bare address, as in "
                                                   "alerts@example.com")
                                                    .arg(c));
    }
    const qsizetype at = address.indexOf(u'@');
    if (at < 0 || at != address.lastIndexOf(u'@'))
        return makeError(u"mail_address"_s, tr("it must contain exactly one '@', as in alerts@example.com"));
    if (at == 0 || at == address.size() - 1)
        return makeError(u"mail_address"_s, tr("it needs a name before and a domain after the '@'"));
    return {};
}

Status MailSettings::validate() const {
    if (host.isEmpty())
        return settingsError(
            tr("no mail server is set; give the host name of the organisation's mail server"));
    if (hasControlOrSpace(host) || host.contains(u'/'))
        return settingsError(tr("the mail server '%1' is not a host name or address").arg(host));
    if (port == 0)
        return settingsError(tr("the mail server port is 0; use 587 (STARTTLS), 465 (TLS) or 25"));
    if (timeoutMs <= 0)
        return settingsError(tr("the mail timeout must be longer than 0 ms"));
    if (hasControlOrSpace(heloName))
        return settingsError(tr("the name this host gives in EHLO ('%1') contains a space or a control "
                                "character; set a host name")
                                 .arg(heloName));
    if (const Status sender = checkAddress(from); !sender)
        return makeError(sender.error().code,
                         tr("the sender address '%1' cannot be used: %2").arg(from, sender.error().message));
    if (to.isEmpty())
        return settingsError(tr("no recipients are set; give at least one address to send alerts to"));
    for (const QString& recipient : to) {
        if (const Status checked = checkAddress(recipient); !checked)
            return makeError(
                checked.error().code,
                tr("the recipient address '%1' cannot be used: %2").arg(recipient, checked.error().message));
    }
    return validateSecurity();
}

Status MailSettings::validateSecurity() const {
    const bool local = isLoopback(host);
    if (security == Security::None && !local && !allowPlain)
        return settingsError(tr("mail to %1 would travel unencrypted; use STARTTLS or TLS, or allow plain "
                                "SMTP explicitly for a relay you trust")
                                 .arg(server()));
    // allowPlain is about the alert's text; a password read off the wire
    // would let anyone send mail as this account, so it never leaves this
    // host unencrypted.
    if (security == Security::None && !local && !user.isEmpty())
        return settingsError(tr("the password for %1 would cross the network unencrypted; use STARTTLS or "
                                "TLS, or a relay without a user name")
                                 .arg(server()));
    if (!user.isEmpty() && password.isEmpty())
        return settingsError(tr("the mail user name '%1' is set but no password").arg(user));
    if (user.isEmpty() && !password.isEmpty())
        return settingsError(tr("a mail password is set but no user name"));
    if (std::any_of(user.cbegin(), user.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return settingsError(tr("the mail user name contains a control character"));
    return {};
}

} // namespace lk
