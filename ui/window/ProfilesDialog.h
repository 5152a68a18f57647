#pragma once

#include "console/ProfileStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lk {

class Prompts;
class SecretStore;

// File > Connection profiles: create, edit and delete the saved ways to reach
// remote License Managers (an HA pair and its load balancer), and open one in
// a window of its own. Admin tokens typed here go to the keychain only.
class ProfilesDialog final : public QDialog {
    Q_OBJECT

public:
    ProfilesDialog(const QString& dataDir, SecretStore& secrets, Prompts& prompts, QWidget* parent = nullptr);

    const QList<ConnectionProfile>& profiles() const { return m_profiles; }
    QString message() const;
    // The form's actions, also for tests.
    bool saveCurrent();
    bool deleteCurrent();
    void newProfile();
    void openCurrent();

Q_SIGNALS:
    void openRequested(const QString& profileName);

private:
    void buildForm();
    void load();
    void showProfile(int row);
    Result<ConnectionProfile> profileFromForm() const;
    void rememberToken(const QUrl& serviceUrl);
    void forgetTokenIfUnused(const QUrl& serviceUrl);
    void say(const QString& text, bool isError);

    ProfileStore m_store;
    SecretStore& m_secrets;
    Prompts& m_prompts;
    QList<ConnectionProfile> m_profiles;
    QString m_editing; // name of the profile in the form; empty for a new one
    bool m_loadFailed = false;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_service;
    QPlainTextEdit* m_nodes;
    QLineEdit* m_token;
    QLineEdit* m_caFile;
    QLineEdit* m_pins;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_open;
};

} // namespace lk
