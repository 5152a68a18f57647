#include "wizard/TlsStepPage.h"

#include "window/Prompts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

TlsStepPage::TlsStepPage(std::function<HaTargets()> pair, QString defaultFolder, Prompts& prompts,
                         QWidget* parent)
    : QWizardPage(parent)
    , m_pair(std::move(pair))
    , m_prompts(prompts)
    , m_keepHttp(new QRadioButton(tr("&Keep HTTP (a trusted network only)"), this))
    , m_selfSigned(new QRadioButton(tr("&Generate a self-signed certificate for the pair"), this))
    , m_organisation(new QRadioButton(tr("Use the &organisation's certificate"), this))
    , m_folder(new QLineEdit(defaultFolder, this))
    , m_days(new QSpinBox(this))
    , m_result(new QPlainTextEdit(this)) {
    setTitle(tr("HTTPS (optional)"));
    auto* text = new QLabel(tr("Components, the console and the load balancer can reach the License Managers "
                               "over HTTPS. One certificate names the virtual host and both nodes. A "
                               "self-signed one suits an evaluation; in production use one your organisation "
                               "issues."),
                            this);
    text->setWordWrap(true);
    m_keepHttp->setChecked(true);
    m_days->setRange(1, SelfSignedCertificate::kMaxDays);
    m_days->setValue(365);
    m_days->setSuffix(tr(" days"));
    m_result->setObjectName(u"tlsInstructions"_s);
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("What to do"));

    auto* selfSignedForm = new QFormLayout;
    selfSignedForm->addRow(tr("&Folder:"), m_folder);
    selfSignedForm->addRow(tr("&Valid for:"), m_days);
    auto* generate = new QPushButton(tr("Ge&nerate"), this);
    generate->setObjectName(u"generateCertificate"_s);
    selfSignedForm->addRow(QString(), generate);
    auto* organisationForm = new QFormLayout;
    m_certificate = fileRow(tr("&Certificate:"), u"tlsCertificate"_s, organisationForm);
    m_key = fileRow(tr("Private &key:"), u"tlsKey"_s, organisationForm);
    m_ca = fileRow(tr("Signed &by (CA):"), u"tlsCa"_s, organisationForm);
    auto* use = new QPushButton(tr("&Check and use"), this);
    organisationForm->addRow(QString(), use);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_keepHttp);
    layout->addWidget(m_selfSigned);
    layout->addLayout(selfSignedForm);
    layout->addWidget(m_organisation);
    layout->addLayout(organisationForm);
    layout->addWidget(m_result, 1);
    connect(generate, &QPushButton::clicked, this, &TlsStepPage::generateSelfSigned);
    connect(use, &QPushButton::clicked, this, &TlsStepPage::useOrganisationCertificate);
    connect(m_keepHttp, &QRadioButton::toggled, this, &TlsStepPage::completeChanged);
}

QLineEdit* TlsStepPage::fileRow(const QString& label, const QString& objectName, QFormLayout* form) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, label] {
        if (const auto path =
                m_prompts.openFile(this, label, tr("PEM files (*.pem *.crt *.key);;All files (*)")))
            edit->setText(*path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto* caption = new QLabel(label, this); // a layout cannot be a buddy: the edit is
    caption->setBuddy(edit);
    form->addRow(caption, row);
    return edit;
}

bool TlsStepPage::isComplete() const {
    return m_keepHttp->isChecked() || m_files.has_value();
}

QString TlsStepPage::instructions() const {
    return m_result->toPlainText();
}

void TlsStepPage::generateSelfSigned() {
    m_selfSigned->setChecked(true);
    auto files =
        PairCertificate::createSelfSigned(m_pair(), m_folder->text().trimmed(), m_days->value(), false);
    if (!files && files.error().code == u"exists" &&
        m_prompts.confirm(this, tr("HTTPS"),
                          tr("%1\nReplace the certificate and key there?").arg(files.error().message)))
        files =
            PairCertificate::createSelfSigned(m_pair(), m_folder->text().trimmed(), m_days->value(), true);
    showOutcome(files);
}

void TlsStepPage::useOrganisationCertificate() {
    m_organisation->setChecked(true);
    showOutcome(PairCertificate::useExisting(m_certificate->text().trimmed(), m_key->text().trimmed(),
                                             m_ca->text().trimmed()));
}

void TlsStepPage::showOutcome(const Result<PairTlsFiles>& files) {
    if (files) {
        m_files = files.value();
        m_result->setPlainText(PairCertificate::instructions(m_pair(), *m_files));
    } else {
        m_files.reset();
        m_result->setPlainText(tr("Not ready: %1").arg(files.error().message));
    }
    Q_EMIT completeChanged();
}

} // namespace lk
