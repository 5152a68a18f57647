#include "pages/LicensePage.h"

#include "admin/NodeMonitor.h"
#include "console/LicenseInstallService.h"
#include "pages/LicenseFitDialog.h"
#include "util/Duration.h"
#include "util/TextFile.h"
#include "window/Prompts.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr qint64 kGroupsRefreshMs = 5000;

QString amountText(const GroupAmount& amount) {
    QStringList parts;
    if (amount.instances)
        parts.append(LicensePage::tr("%n instance(s)", nullptr, *amount.instances));
    if (amount.cores)
        parts.append(LicensePage::tr("%n core(s)", nullptr, *amount.cores));
    return parts.join(u", "_s);
}

} // namespace

LicensePage::LicensePage(NodeMonitor& monitor, LicenseServer* localServer, Prompts& prompts,
                         const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_installService(localServer ? new LicenseInstallService(*localServer, clock, this) : nullptr)
    , m_prompts(prompts)
    , m_details(new QFormLayout)
    , m_components(new QTableWidget(0, 4, this))
    , m_groupsTitle(new QLabel(tr("Host groups (policy file): use against reserve and cap"), this))
    , m_groups(new QTableWidget(0, 5, this))
    , m_install(new QPushButton(tr("&Install license..."), this))
    , m_checkFit(new QPushButton(tr("&Check a license against past usage..."), this))
    , m_feedback(new QLabel(this)) {
    setObjectName(u"licensePage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_details);
    m_components->setObjectName(u"licenseComponents"_s);
    m_components->setAccessibleName(tr("Licensed component types"));
    m_components->setHorizontalHeaderLabels(
        {tr("Component type"), tr("Instances"), tr("Cores per instance"), tr("Total cores")});
    m_components->horizontalHeader()->setStretchLastSection(true);
    m_components->verticalHeader()->hide();
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_components, 1);
    m_groups->setObjectName(u"hostGroups"_s);
    m_groups->setAccessibleName(tr("Host groups"));
    m_groups->setHorizontalHeaderLabels(
        {tr("Group"), tr("Component type"), tr("In use (instances / cores)"), tr("Reserve"), tr("Cap")});
    m_groups->horizontalHeader()->setStretchLastSection(true);
    m_groups->verticalHeader()->hide();
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupsTitle->hide(); // until the node says it has a policy
    m_groups->hide();
    layout->addWidget(m_groupsTitle);
    layout->addWidget(m_groups, 1);
    m_feedback->setObjectName(u"installFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_checkFit->setObjectName(u"checkLicenseFit"_s);
    m_checkFit->setToolTip(
        tr("Would a renewal offer or a smaller tier have held the starts of the last days?"));
    buttons->addWidget(m_checkFit);
    m_install->setObjectName(u"installLicense"_s);
    buttons->addWidget(m_install);
    layout->addLayout(buttons);
    if (!m_installService) {
        m_install->setEnabled(false);
        m_install->setToolTip(tr("Install licenses with the console on the License Manager's own host."));
    }
    connect(m_install, &QPushButton::clicked, this, &LicensePage::chooseAndInstall);
    connect(m_checkFit, &QPushButton::clicked, this, &LicensePage::chooseAndCheckFit);
}

QString LicensePage::feedback() const {
    return m_feedback->text();
}

void LicensePage::setStatus(const NodeStatus& status) {
    m_current = status.license;
    if (!m_groupsAsked.isValid() || m_groupsAsked.hasExpired(kGroupsRefreshMs))
        refreshGroups();
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    auto add = [this](const QString& label, const QString& value) {
        auto* text = new QLabel(value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(label);
        m_details->addRow(label, text);
    };
    if (!status.license) {
        add(tr("License:"), tr("none usable: %1").arg(status.licenseProblem));
        m_components->setRowCount(0);
        return;
    }
    const LicenseTerms& terms = *status.license;
    add(tr("Licensee:"), terms.licensee);
    add(tr("License id:"), terms.licenseId);
    add(tr("Expires:"),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(terms.expiresMs), QLocale::LongFormat));
    add(tr("Grace period:"), Duration::format(terms.gracePeriodS * 1000));
    add(tr("Renewal interval:"), Duration::format(terms.renewAfterS * 1000));
    add(tr("License Managers allowed:"), QString::number(terms.maxLicenseManagers));
    add(tr("Issuer key:"), status.licenseKeyId);
    if (!status.licenseProblem.isEmpty())
        add(tr("Problem:"), status.licenseProblem);
    m_components->setRowCount(int(terms.components.size()));
    int row = 0;
    for (auto it = terms.components.cbegin(); it != terms.components.cend(); ++it, ++row) {
        const QStringList cells{it.key(), QString::number(it->maxInstances),
                                QString::number(it->maxCoresPerInstance), QString::number(it->maxTotalCores)};
        for (int column = 0; column < cells.size(); ++column)
            m_components->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_components->resizeColumnsToContents();
}

void LicensePage::showFeedback(bool ok, const QString& text) {
    m_feedback->setText(text);
    m_feedback->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: #cf222e; font-weight: 600;"_s);
}

void LicensePage::chooseAndInstall() {
    const auto license = m_prompts.openFile(this, tr("Choose the license file"),
                                            tr("License files (*.json *.lic);;All files (*)"));
    if (!license)
        return;
    QString issuerKey;
    if (LicenseInstallService::needsIssuerKey(m_installService->check(*license))) {
        // A license from a new issuer: its public key must come with it.
        const auto key = m_prompts.openFile(this, tr("Choose the issuer's public key"),
                                            tr("Public keys (*.pub *.json);;All files (*)"));
        if (!key)
            return;
        issuerKey = *key;
    }
    installFromFile(*license, issuerKey);
}

bool LicensePage::installFromFile(const QString& licensePath, const QString& issuerKeyPath) {
    if (!m_installService)
        return false;
    const LicenseCheck checked = m_installService->check(licensePath, issuerKeyPath);
    if (!checked.ok()) {
        const Error problem = checked.problem.value_or(Error{u"invalid"_s, tr("unusable license")});
        showFeedback(false, tr("Not installed (%1): %2").arg(problem.code, problem.message));
        return false;
    }
    const LicenseTerms& next = checked.license->terms();
    const QString question =
        m_current ? tr("Replace license %1 (%2) with license %3 (%4), valid until %5?")
                        .arg(m_current->licenseId, m_current->licensee, next.licenseId, next.licensee,
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(next.expiresMs),
                                                QLocale::ShortFormat))
                  : tr("Install license %1 (%2)?").arg(next.licenseId, next.licensee);
    if (!m_prompts.confirm(this, tr("Install license"), question))
        return false;
    const auto installed = m_installService->install(licensePath, issuerKeyPath);
    if (!installed) {
        showFeedback(false,
                     tr("Not installed (%1): %2").arg(installed.error().code, installed.error().message));
        return false;
    }
    m_monitor.refresh();
    showFeedback(true, tr("License %1 for %2 is installed and served.").arg(next.licenseId, next.licensee));
    return true;
}

void LicensePage::refreshGroups() {
    m_groupsAsked.start();
    m_monitor.client().fetchGroups([this, guard = QPointer(this)](const Result<wire::GroupsAnswer>& answer) {
        if (guard && answer)
            showGroups(answer.value()); // a node too old to have groups shows none
    });
}

void LicensePage::showGroups(const wire::GroupsAnswer& answer) {
    m_groupsTitle->setVisible(answer.policy);
    m_groups->setVisible(answer.policy);
    m_groups->setRowCount(int(answer.usage.size()));
    for (int row = 0; row < answer.usage.size(); ++row) {
        const GroupUsage& use = answer.usage[row];
        const QStringList cells{use.group.isEmpty() ? tr("(other hosts)") : use.group, use.component,
                                tr("%1 / %2").arg(use.instances).arg(use.cores), amountText(use.reserve),
                                amountText(use.cap)};
        for (int column = 0; column < cells.size(); ++column)
            m_groups->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_groups->resizeColumnsToContents();
}

void LicensePage::chooseAndCheckFit() {
    const auto license = m_prompts.openFile(this, tr("Choose the license to check against past usage"),
                                            tr("License files (*.json *.lic);;All files (*)"));
    if (license)
        checkFitOfFile(*license);
}

LicenseFitDialog* LicensePage::checkFitOfFile(const QString& licensePath) {
    const auto bytes = TextFile::read(licensePath, tr("license file"));
    if (!bytes) {
        showFeedback(false, bytes.error().message);
        return nullptr;
    }
    auto* dialog = new LicenseFitDialog(m_monitor.client(), m_prompts, bytes.value(), licensePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->check();
    return dialog;
}

} // namespace lk
