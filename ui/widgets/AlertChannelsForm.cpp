#include "widgets/AlertChannelsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// The limits AlertSettings::validate checks, so that a spin box cannot
// offer a value the node refuses.
constexpr int kMaxAttempts = 20;
constexpr int kMaxRetryBaseMs = 3600000;

QSpinBox* spin(const QString& name, int min, int max, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    return box;
}

} // namespace

AlertChannelsForm::AlertChannelsForm(QWidget* parent)
    : QWidget(parent)
    , m_url(line(u"webhookUrl"_s, tr("https://hooks.example.com/leasekeeper")))
    , m_secretFile(line(u"webhookSecretFile"_s, tr("none: unsigned")))
    , m_attempts(spin(u"webhookAttempts"_s, 1, kMaxAttempts, this))
    , m_retryBaseMs(spin(u"webhookRetryMs"_s, 1, kMaxRetryBaseMs, this))
    , m_host(line(u"mailHost"_s, tr("none: no mail")))
    , m_port(spin(u"mailPort"_s, 1, 65535, this))
    , m_security(new QComboBox(this))
    , m_user(line(u"mailUser"_s, tr("none: no login")))
    , m_passwordFile(line(u"mailPasswordFile"_s, {}))
    , m_from(line(u"mailFrom"_s, tr("leasekeeper@example.com")))
    , m_to(line(u"mailTo"_s, tr("ops@example.com, oncall@example.com"))) {
    m_retryBaseMs->setSuffix(tr(" ms"));
    m_security->setObjectName(u"mailSecurity"_s);
    m_security->addItem(tr("STARTTLS"), u"starttls"_s);
    m_security->addItem(tr("TLS"), u"tls"_s);
    m_security->addItem(tr("None (unencrypted)"), u"none"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(webhookGroup(), 1);
    layout->addWidget(mailGroup(), 1);
}

QLineEdit* AlertChannelsForm::line(const QString& name, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QWidget* AlertChannelsForm::webhookGroup() {
    auto* group = new QGroupBox(tr("Webhook"), this);
    auto* form = new QFormLayout(group);
    form->addRow(tr("&URL:"), m_url);
    m_secretFile->setToolTip(tr("A file on the License Manager's host holding the key that signs each "
                                "request (HMAC-SHA256); the key itself never leaves the node."));
    form->addRow(tr("Secret f&ile on the node:"), m_secretFile);
    form->addRow(tr("Atte&mpts:"), m_attempts);
    m_retryBaseMs->setToolTip(tr("Doubled after each failed attempt"));
    form->addRow(tr("First retry &after:"), m_retryBaseMs);
    return group;
}

QWidget* AlertChannelsForm::mailGroup() {
    auto* group = new QGroupBox(tr("Mail"), this);
    auto* form = new QFormLayout(group);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Securit&y:"), m_security);
    form->addRow(tr("Us&er:"), m_user);
    m_passwordFile->setToolTip(tr("A file on the License Manager's host holding the mail password; the "
                                  "password itself never leaves the node."));
    form->addRow(tr("Pass&word file on the node:"), m_passwordFile);
    form->addRow(tr("&From:"), m_from);
    m_to->setToolTip(tr("E-mail addresses separated by commas"));
    form->addRow(tr("T&o:"), m_to);
    return group;
}

void AlertChannelsForm::setSettings(const AlertSettings& settings) {
    m_url->setText(settings.webhook.url);
    m_secretFile->setText(settings.webhook.secretFile);
    m_attempts->setValue(settings.webhook.attempts);
    m_retryBaseMs->setValue(settings.webhook.retryBaseMs);
    m_host->setText(settings.mail.host);
    m_port->setValue(settings.mail.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(settings.mail.security)));
    m_user->setText(settings.mail.user);
    m_passwordFile->setText(settings.mail.passwordFile);
    m_from->setText(settings.mail.from);
    m_to->setText(settings.mail.to.join(u", "_s));
}

void AlertChannelsForm::applyTo(AlertSettings& settings) const {
    settings.webhook.url = m_url->text().trimmed();
    settings.webhook.secretFile = m_secretFile->text().trimmed();
    settings.webhook.attempts = m_attempts->value();
    settings.webhook.retryBaseMs = m_retryBaseMs->value();
    settings.mail.host = m_host->text().trimmed();
    settings.mail.port = m_port->value();
    settings.mail.security = m_security->currentData().toString();
    settings.mail.user = m_user->text().trimmed();
    settings.mail.passwordFile = m_passwordFile->text().trimmed();
    settings.mail.from = m_from->text().trimmed();
    settings.mail.to.clear();
    for (const QString& address : m_to->text().split(u',', Qt::SkipEmptyParts)) {
        if (!address.trimmed().isEmpty())
            settings.mail.to.append(address.trimmed());
    }
}

void AlertChannelsForm::setReadOnly(bool readOnly) {
    // Read-only rather than disabled: a viewer can still select and copy the text.
    for (QLineEdit* edit : {m_url, m_secretFile, m_host, m_user, m_passwordFile, m_from, m_to})
        edit->setReadOnly(readOnly);
    for (QWidget* box : std::initializer_list<QWidget*>{m_attempts, m_retryBaseMs, m_port, m_security})
        box->setEnabled(!readOnly);
}

} // namespace lk
