#pragma once

#include "ha/PairCertificate.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace lk {

class Prompts;

// Optional HTTPS for the pair: keep HTTP on a trusted network, generate a
// self-signed certificate naming the virtual host and both nodes, or use the
// organisation's certificate. Either way the page says what to run on the
// nodes, the load balancer and the components; nothing on a server changes.
class TlsStepPage final : public QWizardPage {
    Q_OBJECT

public:
    // `pair` gives the addresses entered in the earlier steps.
    TlsStepPage(std::function<HaTargets()> pair, QString defaultFolder, Prompts& prompts,
                QWidget* parent = nullptr);

    bool isComplete() const override;
    void generateSelfSigned();
    void useOrganisationCertificate();
    QString instructions() const;

private:
    QLineEdit* fileRow(const QString& label, const QString& objectName, QFormLayout* form);
    void showOutcome(const Result<PairTlsFiles>& files);

    std::function<HaTargets()> m_pair;
    Prompts& m_prompts;
    QRadioButton* m_keepHttp;
    QRadioButton* m_selfSigned;
    QRadioButton* m_organisation;
    QLineEdit* m_folder;
    QSpinBox* m_days;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QLineEdit* m_ca;
    QPlainTextEdit* m_result;
    std::optional<PairTlsFiles> m_files;
};

} // namespace lk
