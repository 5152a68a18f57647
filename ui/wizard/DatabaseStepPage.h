#pragma once

#include "store/PostgresAddress.h"
#include "store/StoreMigration.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace lk {

class DatabasePreparation;
class Prompts;
class SecretStore;

// Step 3 of the HA wizard: the external PostgreSQL database. Tests the
// connection and creates or upgrades the schema (after asking), keeps the
// password in the keychain, and moves the local SQLite data into it with a
// progress bar and verified counts. DatabasePreparation does the work; this
// page asks, passes the form on and shows the outcome.
class DatabaseStepPage final : public QWizardPage {
    Q_OBJECT

public:
    DatabaseStepPage(QString localSqlitePath, SecretStore& secrets, Prompts& prompts,
                     QWidget* parent = nullptr);

    bool isComplete() const override;
    // postgresql://USER@HOST:PORT/DBNAME from the form, or why it is not one.
    Result<PostgresAddress> address() const;
    QString password() const;
    QString status() const; // the last outcome shown, for tests

    // The buttons' actions, also for tests.
    void testConnection();
    void migrate();

Q_SIGNALS:
    void connectionTested(bool ok);
    void migrationFinished(bool ok);

private:
    enum class Job { None, Prepare, Migrate };

    void showPrepared(const StoreCounts& counts);
    void showMigrated(const StoreCounts& copied);
    void showFailure(const Error& error);
    void say(const QString& text, bool isError);
    void rememberPassword(const PostgresAddress& address);

    QString m_localSqlitePath;
    SecretStore& m_secrets;
    Prompts& m_prompts;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_test;
    QPushButton* m_migrate;
    QProgressBar* m_progress;
    QLabel* m_status;
    DatabasePreparation* m_preparation; // the database work, off the GUI thread
    Job m_job = Job::None;
    PostgresAddress m_preparedAddress;
    bool m_connected = false;
    bool m_busy = false;
};

} // namespace lk
