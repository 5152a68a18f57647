#include "wizard/DatabaseStepPage.h"

#include "secrets/SecretStore.h"
#include "store/DatabasePreparation.h"
#include "window/Prompts.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

DatabaseStepPage::DatabaseStepPage(QString localSqlitePath, SecretStore& secrets, Prompts& prompts,
                                   QWidget* parent)
    : QWizardPage(parent)
    , m_localSqlitePath(std::move(localSqlitePath))
    , m_secrets(secrets)
    , m_prompts(prompts)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(u"leasekeeper"_s, this))
    , m_user(new QLineEdit(u"leasekeeper"_s, this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test the connection and prepare the database"), this))
    , m_migrate(new QPushButton(tr("&Move this License Manager's data into it..."), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_preparation(new DatabasePreparation(this)) {
    setTitle(tr("The external database"));
    auto* text =
        new QLabel(tr("Both License Managers keep their leases in one PostgreSQL database, which also "
                      "decides the time of every lease. Create a role and a database for LeaseKeeper, "
                      "then enter them here. The password is kept in this computer's keychain, never "
                      "in a settings file."),
                   this);
    text->setWordWrap(true);
    m_host->setObjectName(u"dbHost"_s);
    m_host->setPlaceholderText(u"db.example.com"_s);
    m_port->setObjectName(u"dbPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(u"dbName"_s);
    m_user->setObjectName(u"dbUser"_s);
    m_password->setObjectName(u"dbPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_progress->setObjectName(u"migrationProgress"_s);
    m_progress->hide();
    m_status->setObjectName(u"dbStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_migrate->setEnabled(false);
    m_migrate->setVisible(!m_localSqlitePath.isEmpty());

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_migrate, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    registerField(u"dbHost*"_s, m_host);
    registerField(u"dbPort"_s, m_port);
    registerField(u"dbName*"_s, m_database);
    registerField(u"dbUser*"_s, m_user);
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_connected = false; // a changed form must be tested again
            m_migrate->setEnabled(false);
            Q_EMIT completeChanged();
        });
    }
    connect(m_test, &QPushButton::clicked, this, &DatabaseStepPage::testConnection);
    connect(m_migrate, &QPushButton::clicked, this, &DatabaseStepPage::migrate);
    connect(m_preparation, &DatabasePreparation::prepared, this, &DatabaseStepPage::showPrepared);
    connect(m_preparation, &DatabasePreparation::migrated, this, &DatabaseStepPage::showMigrated);
    connect(m_preparation, &DatabasePreparation::failed, this, &DatabaseStepPage::showFailure);
    connect(m_preparation, &DatabasePreparation::progress, this, [this](qint64 copied, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(copied));
    });
}

bool DatabaseStepPage::isComplete() const {
    return m_connected && !m_busy;
}

QString DatabaseStepPage::password() const {
    return m_password->text();
}

QString DatabaseStepPage::status() const {
    return m_status->text();
}

Result<PostgresAddress> DatabaseStepPage::address() const {
    return PostgresAddress::parse(
        u"postgresql://%1@%2:%3/%4"_s
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user->text().trimmed())),
                 m_host->text().trimmed())
            .arg(m_port->value())
            .arg(m_database->text().trimmed()));
}

void DatabaseStepPage::say(const QString& text, bool isError) {
    m_status->setStyleSheet(isError ? u"color: #cf222e;"_s : QString());
    m_status->setText(text);
}

void DatabaseStepPage::testConnection() {
    auto address = this->address();
    if (!address) {
        say(address.error().message, true);
        return Q_EMIT connectionTested(false);
    }
    if (!m_prompts.confirm(this, tr("Prepare the database"),
                           tr("Connect to %1 and create or upgrade LeaseKeeper's tables there? Existing "
                              "LeaseKeeper data is kept.")
                               .arg(address->toString())))
        return;
    m_busy = true;
    m_test->setEnabled(false);
    m_job = Job::Prepare;
    m_preparedAddress = address.value();
    say(tr("Connecting to %1...").arg(address->toString()), false);
    Q_EMIT completeChanged();
    m_preparation->prepare(address.value(), m_password->text());
}

void DatabaseStepPage::showPrepared(const StoreCounts& counts) {
    m_job = Job::None;
    m_busy = false;
    m_test->setEnabled(true);
    m_connected = true;
    m_migrate->setEnabled(true);
    say(tr("Connected; the schema is ready. The database holds %1 leases (%2 active) and %3 "
           "denials.")
            .arg(counts.leases)
            .arg(counts.activeLeases)
            .arg(counts.denials),
        false);
    rememberPassword(m_preparedAddress);
    Q_EMIT completeChanged();
    Q_EMIT connectionTested(true);
}

void DatabaseStepPage::showMigrated(const StoreCounts& copied) {
    m_job = Job::None;
    m_busy = false;
    m_migrate->setEnabled(true);
    say(tr("Copied leases: %1 (active %2), denials: %3, audit entries: %4; the counts match this License "
           "Manager's.")
            .arg(copied.leases)
            .arg(copied.activeLeases)
            .arg(copied.denials)
            .arg(copied.auditEntries),
        false);
    Q_EMIT completeChanged();
    Q_EMIT migrationFinished(true);
}

void DatabaseStepPage::showFailure(const Error& error) {
    const Job job = std::exchange(m_job, Job::None);
    m_busy = false;
    say(error.message, true);
    if (job == Job::Prepare) {
        m_test->setEnabled(true);
        m_connected = false;
        m_migrate->setEnabled(false);
    } else {
        m_migrate->setEnabled(true);
    }
    Q_EMIT completeChanged();
    if (job == Job::Prepare)
        Q_EMIT connectionTested(false);
    else
        Q_EMIT migrationFinished(false);
}

void DatabaseStepPage::rememberPassword(const PostgresAddress& address) {
    if (m_password->text().isEmpty())
        return;
    QPointer<DatabaseStepPage> self(this);
    m_secrets.write(
        u"db-password:"_s + address.toString(), m_password->text().toUtf8(), [self](const Status& stored) {
            if (self && !stored)
                self->say(
                    self->status() + u'\n' +
                        tr("The password could not be kept in the keychain: %1").arg(stored.error().message),
                    true);
        });
}

void DatabaseStepPage::migrate() {
    auto address = this->address();
    if (!address || m_localSqlitePath.isEmpty() || !QFileInfo::exists(m_localSqlitePath))
        return;
    if (!m_prompts.confirm(
            this, tr("Move the data"),
            tr("Copy the active leases and the whole history of %1 into %2? The copy is checked "
               "before it is kept; a database that already holds leases is not touched.")
                .arg(m_localSqlitePath, address->toString())))
        return;
    m_busy = true;
    m_job = Job::Migrate;
    m_migrate->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    Q_EMIT completeChanged();
    m_preparation->migrate(m_localSqlitePath, address.value(), m_password->text());
}

} // namespace lk
