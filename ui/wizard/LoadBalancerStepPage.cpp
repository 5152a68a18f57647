#include "wizard/LoadBalancerStepPage.h"

#include "ha/LoadBalancerConfig.h"
#include "util/TextFile.h"
#include "window/Prompts.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
QString endpointOf(const QString& url) {
    const QUrl parsed(url);
    return parsed.host().contains(u':') ? u"[%1]:%2"_s.arg(parsed.host()).arg(parsed.port(10091))
                                        : u"%1:%2"_s.arg(parsed.host()).arg(parsed.port(10091));
}
// A function, not a braced list in the constructor's initializer: lupdate
// loses track of the class there and files the page's strings wrongly.
QStringList checkIds() {
    return QStringList() << HaCheck::kLbHealth.toString() << HaCheck::kLbRoutesToPrimary.toString()
                         << HaCheck::kSecondaryIsStandby.toString();
}
} // namespace

LoadBalancerStepPage::LoadBalancerStepPage(Runner runner, Prompts& prompts, QWidget* parent)
    : CheckedStepPage(
          tr("The load balancer"),
          tr("The load balancer sends every request to the primary and, when its /pingLicenseManager stops "
             "answering 200, to the secondary. Choose yours to get a configuration with fast failure "
             "detection and safe retries; install it, then enter the virtual host components will use."),
          checkIds(), std::move(runner), parent)
    , m_prompts(prompts)
    , m_kind(new QComboBox(this))
    , m_listen(new QLineEdit(u"0.0.0.0:10091"_s, this))
    , m_virtualHost(new QLineEdit(this))
    , m_config(new QPlainTextEdit(this)) {
    m_kind->setObjectName(u"lbKind"_s);
    m_kind->addItem(tr("HAProxy"), u"haproxy"_s);
    m_kind->addItem(tr("nginx"), u"nginx"_s);
    m_kind->addItem(tr("Another load balancer"), QString());
    m_listen->setObjectName(u"lbListen"_s);
    m_virtualHost->setObjectName(u"lbUrl"_s);
    m_virtualHost->setPlaceholderText(u"http://lm-vip.example.com:10091"_s);
    m_config->setObjectName(u"lbConfig"_s);
    m_config->setReadOnly(true);
    m_config->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_config->setAccessibleName(tr("Generated configuration"));
    auto* copy = new QPushButton(tr("C&opy"), this);
    auto* save = new QPushButton(tr("&Save as..."), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(configuration()); });
    connect(save, &QPushButton::clicked, this, [this] {
        if (const auto path = m_prompts.saveFile(
                this, tr("Save the configuration"),
                m_kind->currentData().toString() == u"nginx"_s ? u"leasekeeper.conf"_s : u"haproxy.cfg"_s))
            saveConfiguration(*path);
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Load &balancer:"), m_kind);
    form->addRow(tr("&Listen address:"), m_listen);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    auto* vip = new QFormLayout;
    vip->addRow(tr("&Virtual host:"), m_virtualHost);
    content()->addLayout(form);
    content()->addWidget(m_config, 1);
    content()->addLayout(buttons);
    content()->addLayout(vip);
    registerField(u"lbUrl*"_s, m_virtualHost);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LoadBalancerStepPage::regenerate);
    connect(m_listen, &QLineEdit::textChanged, this, &LoadBalancerStepPage::regenerate);
    connect(m_virtualHost, &QLineEdit::editingFinished, this, &CheckedStepPage::runChecks);
}

void LoadBalancerStepPage::initializePage() {
    regenerate();
    if (!m_virtualHost->text().isEmpty())
        CheckedStepPage::initializePage();
}

QString LoadBalancerStepPage::configuration() const {
    return m_config->toPlainText();
}

void LoadBalancerStepPage::regenerate() {
    const QString kindName = m_kind->currentData().toString();
    const auto kind = LoadBalancerConfig::kindFromName(kindName);
    if (!kind) {
        m_config->setPlainText(
            tr("Configure an active-passive pool:\n"
               "- members: %1 (primary) and %2 (backup, used only when the primary is down)\n"
               "- health check: GET /pingLicenseManager every second, healthy on status 200, down after 2 "
               "failures, up after 3 successes\n"
               "- retry a request that failed on the primary on the backup (renewals, grants and releases "
               "are "
               "idempotent)\n"
               "- a request timeout of about 3 s to a member")
                .arg(endpointOf(field(u"primaryUrl"_s).toString()),
                     endpointOf(field(u"secondaryUrl"_s).toString())));
        return;
    }
    LoadBalancerSettings settings;
    auto primary = LoadBalancerConfig::parseEndpoint(endpointOf(field(u"primaryUrl"_s).toString()));
    auto secondary = LoadBalancerConfig::parseEndpoint(endpointOf(field(u"secondaryUrl"_s).toString()));
    auto listen = LoadBalancerConfig::parseEndpoint(m_listen->text().trimmed());
    for (const auto* endpoint : {&primary, &secondary, &listen}) {
        if (!*endpoint) {
            m_config->setPlainText(endpoint->error().message);
            return;
        }
    }
    settings.primary = primary.value();
    settings.secondary = secondary.value();
    settings.listen = listen.value();
    if (auto valid = LoadBalancerConfig::validate(settings); !valid) {
        m_config->setPlainText(valid.error().message);
        return;
    }
    m_config->setPlainText(LoadBalancerConfig::generate(*kind, settings));
}

bool LoadBalancerStepPage::saveConfiguration(const QString& path) {
    if (auto written = TextFile::write(path, configuration().toUtf8()); !written) {
        m_prompts.error(this, tr("Save the configuration"), written.error().message);
        return false;
    }
    return true;
}

} // namespace lk
