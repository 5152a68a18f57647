#include "window/ProfilesDialog.h"

#include "secrets/SecretStore.h"
#include "tls/TlsClientOptions.h"
#include "window/Prompts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

ProfilesDialog::ProfilesDialog(const QString& dataDir, SecretStore& secrets, Prompts& prompts,
                               QWidget* parent)
    : QDialog(parent)
    , m_store(dataDir)
    , m_secrets(secrets)
    , m_prompts(prompts)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_nodes(new QPlainTextEdit(this))
    , m_token(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_pins(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_open(new QPushButton(tr("&Open in a new window"), this)) {
    setObjectName(u"profilesDialog"_s);
    setWindowTitle(tr("Connection profiles"));
    buildForm();
    load();
    resize(760, 480);
}

void ProfilesDialog::buildForm() {
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved profiles"));
    auto* add = new QPushButton(tr("&New"), this);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::showProfile);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name->setObjectName(u"profileName"_s);
    m_service->setObjectName(u"serviceUrl"_s);
    m_service->setPlaceholderText(u"http://lm-vip.example.com:10091"_s);
    m_nodes->setObjectName(u"nodeUrls"_s);
    m_nodes->setPlaceholderText(
        u"http://lm-primary.example.com:10091\nhttp://lm-secondary.example.com:10091"_s);
    m_nodes->setTabChangesFocus(true);
    m_token->setObjectName(u"adminToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kept in the system keychain; leave empty to keep the stored one"));
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(
        tr("optional: PEM file of the authority that signed the nodes' certificates"));
    m_pins->setObjectName(u"pinsSha256"_s);
    m_pins->setPlaceholderText(tr("optional: AB:CD:... fingerprints, separated by commas"));
    m_message->setObjectName(u"profileMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Service address:"), m_service);
    form->addRow(QString(),
                 new QLabel(tr("The load balancer's virtual host, or the only License Manager."), this));
    form->addRow(tr("No&des (one per line):"), m_nodes);
    form->addRow(tr("Admin &token:"), m_token);
    form->addRow(tr("C&A file (https):"), m_caFile);
    form->addRow(tr("&Pinned SHA-256:"), m_pins);
    for (QWidget* field :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_service), static_cast<QWidget*>(m_nodes),
          static_cast<QWidget*>(m_token), static_cast<QWidget*>(m_caFile), static_cast<QWidget*>(m_pins)})
        field->setAccessibleName(form->labelForField(field)->property("text").toString().remove(u'&'));
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveCurrent);
    connect(m_open, &QPushButton::clicked, this, &ProfilesDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
}

void ProfilesDialog::load() {
    auto loaded = m_store.load();
    m_loadFailed = !loaded;
    m_save->setEnabled(loaded.ok());
    m_delete->setEnabled(loaded.ok());
    if (!loaded) {
        // Saving now would replace a file we could not read: refuse instead.
        say(loaded.error().message, true);
        return;
    }
    m_profiles = std::move(loaded).value();
    m_list->clear();
    for (const ConnectionProfile& profile : std::as_const(m_profiles))
        m_list->addItem(profile.name);
    if (m_profiles.isEmpty())
        newProfile();
    else
        m_list->setCurrentRow(0);
}

void ProfilesDialog::showProfile(int row) {
    if (row < 0 || row >= m_profiles.size())
        return;
    const ConnectionProfile& profile = m_profiles.at(row);
    m_editing = profile.name;
    m_name->setText(profile.name);
    m_service->setText(profile.serviceUrl.toString());
    QStringList nodes;
    for (const QUrl& url : profile.nodeUrls)
        nodes.append(url.toString());
    m_nodes->setPlainText(nodes.join(u'\n'));
    m_token->clear();
    m_caFile->setText(profile.caFile);
    m_pins->setText(profile.pinsSha256.join(u", "_s));
    m_open->setEnabled(true);
    say(QString(), false);
}

void ProfilesDialog::newProfile() {
    m_list->clearSelection();
    m_editing.clear();
    m_name->setText(tr("HA pair"));
    m_service->clear();
    m_nodes->clear();
    m_token->clear();
    m_caFile->clear();
    m_pins->clear();
    m_open->setEnabled(false);
    m_name->setFocus();
    m_name->selectAll();
    say(tr("Enter the address that components use and, for an HA pair, each node's own address."), false);
}

Result<ConnectionProfile> ProfilesDialog::profileFromForm() const {
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    auto service = ConnectionProfile::parseUrl(m_service->text());
    if (!service)
        return makeError(service.error().code, tr("Service address: %1").arg(service.error().message));
    profile.serviceUrl = service.value();
    for (const QString& line : m_nodes->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        auto node = ConnectionProfile::parseUrl(line);
        if (!node)
            return makeError(node.error().code, tr("Nodes: %1").arg(node.error().message));
        profile.nodeUrls.append(node.value());
    }
    profile.caFile = m_caFile->text().trimmed();
    for (const QString& pin : m_pins->text().split(u',', Qt::SkipEmptyParts)) {
        if (!pin.trimmed().isEmpty())
            profile.pinsSha256.append(pin.trimmed());
    }
    if (auto valid = profile.validate(); !valid)
        return valid.error();
    if (auto tls = TlsClientOptions::create(profile.caFile, {}); !tls)
        return tls.error(); // names the CA file
    return profile;
}

bool ProfilesDialog::saveCurrent() {
    if (m_loadFailed)
        return false;
    auto profile = profileFromForm();
    if (!profile) {
        say(profile.error().message, true);
        return false;
    }
    // A new profile (nothing being edited) never replaces one of the same name.
    const auto saved = m_store.put(profile.value(), m_editing);
    if (!saved) {
        say(saved.error().message, true);
        return false;
    }
    m_profiles = saved.value();
    m_editing = profile->name;
    rememberToken(profile->serviceUrl);
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const ConnectionProfile& p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    const auto isSaved = [&](const ConnectionProfile& p) { return p.name == m_editing; };
    m_list->setCurrentRow(
        int(std::find_if(m_profiles.cbegin(), m_profiles.cend(), isSaved) - m_profiles.cbegin()));
    m_open->setEnabled(true);
    say(tr("Saved profile '%1'.").arg(m_editing), false);
    return true;
}

void ProfilesDialog::rememberToken(const QUrl& serviceUrl) {
    const QByteArray token = m_token->text().trimmed().toUtf8();
    m_token->clear();
    if (token.isEmpty())
        return;
    QPointer<ProfilesDialog> self(this);
    m_secrets.write(ConnectionProfile::tokenKey(serviceUrl), token, [self](const Status& stored) {
        if (self && !stored)
            self->say(tr("The profile is saved, but the admin token is not: %1").arg(stored.error().message),
                      true);
    });
}

bool ProfilesDialog::deleteCurrent() {
    const auto row = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                  [&](const ConnectionProfile& p) { return p.name == m_editing; });
    if (m_loadFailed || row == m_profiles.cend())
        return false;
    if (!m_prompts.confirm(this, tr("Delete profile"),
                           tr("Delete the connection profile '%1'? The License Managers themselves are not "
                              "touched.")
                               .arg(m_editing)))
        return false;
    QList<ConnectionProfile> updated = m_profiles;
    const ConnectionProfile removed = *row;
    updated.removeAt(row - m_profiles.cbegin());
    if (auto saved = m_store.save(updated); !saved) {
        say(saved.error().message, true);
        return false;
    }
    m_profiles = updated;
    forgetTokenIfUnused(removed.serviceUrl);
    load();
    say(tr("Deleted profile '%1'.").arg(removed.name), false);
    return true;
}

void ProfilesDialog::forgetTokenIfUnused(const QUrl& serviceUrl) {
    const bool used = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                  [&](const ConnectionProfile& p) { return p.serviceUrl == serviceUrl; });
    if (!used)
        m_secrets.remove(ConnectionProfile::tokenKey(serviceUrl), [](const Status&) {});
}

void ProfilesDialog::openCurrent() {
    // What is opened is what the form shows: save it first.
    if (saveCurrent())
        Q_EMIT openRequested(m_editing);
}

void ProfilesDialog::say(const QString& text, bool isError) {
    m_message->setProperty("error", isError);
    m_message->setStyleSheet(isError ? u"color: palette(bright-text); background: #b3261e; padding: 4px;"_s
                                     : QString());
    m_message->setText(text);
}

QString ProfilesDialog::message() const {
    return m_message->text();
}

} // namespace lk
