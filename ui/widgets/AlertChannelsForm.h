#pragma once

#include "alert/AlertSettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lk {

// Where alerts go: the webhook and the mail server, side by side. Secrets
// are named by the files on the node that hold them; they never travel.
class AlertChannelsForm final : public QWidget {
    Q_OBJECT

public:
    explicit AlertChannelsForm(QWidget* parent = nullptr);

    void setSettings(const AlertSettings& settings);
    // Writes the fields shown into `settings`; the rest stays as it is.
    void applyTo(AlertSettings& settings) const;
    void setReadOnly(bool readOnly);

private:
    QWidget* webhookGroup();
    QWidget* mailGroup();
    QLineEdit* line(const QString& name, const QString& placeholder);

    QLineEdit* m_url;
    QLineEdit* m_secretFile;
    QSpinBox* m_attempts;
    QSpinBox* m_retryBaseMs;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_passwordFile;
    QLineEdit* m_from;
    QLineEdit* m_to;
};

} // namespace lk
