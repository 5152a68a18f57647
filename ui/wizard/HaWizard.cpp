#include "wizard/HaWizard.h"

#include "console/ProfileStore.h"
#include "ha/HaChecker.h"
#include "tls/CertificateFingerprint.h"
#include "tls/TlsNetworkAccess.h"
#include "window/Prompts.h"
#include "wizard/CheckList.h"
#include "wizard/CheckedStepPage.h"
#include "wizard/ComponentsStepPage.h"
#include "wizard/DatabaseStepPage.h"
#include "wizard/DrillStepPage.h"
#include "wizard/LoadBalancerStepPage.h"
#include "wizard/TlsStepPage.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

const QString kGroup = u"haWizard/"_s;

// A step whose only input is one URL field.
CheckedStepPage* urlStep(const QString& title, const QString& explanation, const QStringList& ids,
                         CheckedStepPage::Runner runner, const QString& field, const QString& label,
                         const QString& value, QWidget* parent) {
    auto* page = new CheckedStepPage(title, explanation, ids, std::move(runner), parent);
    auto* edit = new QLineEdit(value, page);
    edit->setObjectName(field);
    edit->setPlaceholderText(u"http://lm2.example.com:10091"_s);
    page->addFieldRow(label, edit, field + u'*');
    QObject::connect(edit, &QLineEdit::editingFinished, page, &CheckedStepPage::runChecks);
    return page;
}

} // namespace

HaWizard::HaWizard(const QUrl& primaryUrl, QByteArray primaryToken, const QString& dataDir,
                   const QString& localSqlitePath, QNetworkAccessManager& network, SecretStore& secrets,
                   Prompts& prompts, QWidget* parent)
    : QWizard(parent)
    , m_network(network)
    , m_primaryToken(std::move(primaryToken))
    , m_dataDir(dataDir) {
    setObjectName(u"haWizard"_s);
    setWindowTitle(tr("Set up high availability"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, false);
    addPages(primaryUrl, localSqlitePath, secrets, prompts);
    setStartId(savedStep());
    connect(this, &QWizard::currentIdChanged, this, &HaWizard::remember);
    resize(760, 620);
}

QString HaWizard::restored(const QString& key, const QString& fallback) const {
    // Only a wizard left half-way resumes; a fresh one starts from what the
    // console watches now.
    if (savedStep() == LicenseStep)
        return fallback;
    return QSettings().value(kGroup + key, fallback).toString();
}

int HaWizard::savedStep() {
    const int step = QSettings().value(kGroup + u"step"_s, int(LicenseStep)).toInt();
    return step >= LicenseStep && step <= SummaryStep ? step : int(LicenseStep);
}

void HaWizard::remember() {
    QSettings settings;
    if (currentId() >= 0)
        settings.setValue(kGroup + u"step"_s, currentId());
    // Addresses only: the database password lives in the keychain.
    for (const QString& name : {u"primaryUrl"_s, u"secondaryUrl"_s, u"lbUrl"_s, u"dbHost"_s, u"dbName"_s,
                                u"dbUser"_s, u"profileName"_s})
        settings.setValue(kGroup + name, field(name));
    settings.setValue(kGroup + u"dbPort"_s, field(u"dbPort"_s));
}

HaTargets HaWizard::targets() const {
    HaTargets targets;
    targets.primary = QUrl(field(u"primaryUrl"_s).toString().trimmed());
    targets.secondary = QUrl(field(u"secondaryUrl"_s).toString().trimmed());
    targets.loadBalancer = QUrl(field(u"lbUrl"_s).toString().trimmed());
    return targets;
}

void HaWizard::runChecks(QObject* context, std::function<void(const QList<HaCheck>&)> done) {
    auto* checker = new HaChecker(m_network, context);
    checker->run(targets(), [checker, done = std::move(done)](const QList<HaCheck>& checks) {
        done(checks);
        checker->deleteLater();
    });
}

void HaWizard::addPages(const QUrl& primaryUrl, const QString& localSqlitePath, SecretStore& secrets,
                        Prompts& prompts) {
    const auto runner = [this](QObject* context, std::function<void(const QList<HaCheck>&)> done) {
        runChecks(context, std::move(done));
    };
    setPage(LicenseStep,
            urlStep(tr("The license"),
                    tr("A pair needs a license that allows two License Managers (max_license_managers 2 or "
                       "more). This License Manager becomes the primary."),
                    {HaCheck::kPrimaryReachable.toString(), HaCheck::kLicenseAllowsHa.toString()}, runner,
                    u"primaryUrl"_s, tr("&Primary:"), restored(u"primaryUrl"_s, primaryUrl.toString()),
                    this));
    setPage(
        ClocksStep,
        urlStep(tr("Clocks in sync"),
                tr("Both hosts must keep their clocks synchronised. On Linux enable NTP "
                   "('timedatectl set-ntp true', or chrony); on Windows turn on Settings > Time & language "
                   "> Synchronize your clock. Install and start leasekeeper-server on the second host, then "
                   "enter its address."),
                {HaCheck::kSecondaryReachable.toString(), HaCheck::kClockSync.toString()}, runner,
                u"secondaryUrl"_s, tr("&Secondary:"), restored(u"secondaryUrl"_s, QString()), this));
    auto* database = new DatabaseStepPage(localSqlitePath, secrets, prompts, this);
    setPage(DatabaseStep, database);
    setField(u"dbHost"_s, restored(u"dbHost"_s, QString()));
    setField(u"dbName"_s, restored(u"dbName"_s, u"leasekeeper"_s));
    setField(u"dbUser"_s, restored(u"dbUser"_s, u"leasekeeper"_s));
    setField(u"dbPort"_s, QSettings().value(kGroup + u"dbPort"_s, 5432).toInt());
    setPage(SecondaryStep,
            new CheckedStepPage(
                tr("The secondary"),
                tr("Start both nodes on the database, with the same license and trusted issuer key:\n"
                   "  leasekeeper-server --db postgresql://USER@HOST:PORT/DBNAME --db-password-file FILE "
                   "--role primary|secondary --license license.json --trust issuer.pub\n"
                   "Only the License Manager runs clustered: keep the console and other tools off the "
                   "secondary's "
                   "load-balanced address."),
                {HaCheck::kSecondaryReachable.toString(), HaCheck::kSameLicense.toString(),
                 HaCheck::kSameCluster.toString()},
                runner, this));
    setPage(LoadBalancerStep, new LoadBalancerStepPage(runner, prompts, this));
    setField(u"lbUrl"_s, restored(u"lbUrl"_s, QString()));
    setPage(TlsStep,
            new TlsStepPage([this] { return targets(); }, QDir(m_dataDir).filePath(u"tls"_s), prompts, this));
    setPage(ComponentsStep, new ComponentsStepPage(runner, m_network, m_primaryToken, this));
    setPage(DrillStep, new DrillStepPage(m_network, m_primaryToken, prompts, this));
    addSummary(runner);
}

void HaWizard::addSummary(const CheckedStepPage::Runner& runner) {
    QStringList all;
    for (const QStringView id :
         {HaCheck::kLicenseAllowsHa, HaCheck::kPrimaryReachable, HaCheck::kSecondaryReachable,
          HaCheck::kSameLicense, HaCheck::kSameCluster, HaCheck::kClockSync, HaCheck::kLbHealth,
          HaCheck::kLbRoutesToPrimary, HaCheck::kSecondaryIsStandby})
        all << id.toString();
    auto* summary = new CheckedStepPage(tr("Summary"),
                                        tr("Every check of the pair, once more. Finish saves the pair as a "
                                           "connection profile, which the console's overview then watches."),
                                        all, runner, this);
    auto* name = new QLineEdit(restored(u"profileName"_s, tr("HA pair")), summary);
    name->setObjectName(u"profileName"_s);
    summary->addFieldRow(tr("Profile &name:"), name, u"profileName*"_s);
    summary->setFinalPage(true);
    setPage(SummaryStep, summary);
}

void HaWizard::accept() {
    ConnectionProfile profile;
    profile.name = field(u"profileName"_s).toString().trimmed();
    const HaTargets pair = targets();
    profile.serviceUrl = pair.loadBalancer;
    profile.nodeUrls = {pair.primary, pair.secondary};
    // The pair is watched the way this console reaches it: same CA file and pins.
    if (const auto* tls = qobject_cast<const TlsNetworkAccess*>(&m_network)) {
        profile.caFile = tls->tlsOptions().caFile;
        for (const QByteArray& pin : tls->tlsOptions().pinsSha256)
            profile.pinsSha256 << CertificateFingerprint::format(pin);
    }
    const auto saved = ProfileStore(m_dataDir).put(profile, profile.name); // a pair saved again is replaced
    if (!saved) {
        QMessageBox::warning(this, tr("Save the profile"), saved.error().message);
        return; // stay on the page: nothing is lost
    }
    QSettings().remove(kGroup.chopped(1)); // done: the next run starts afresh
    Q_EMIT profileSaved(profile.name);
    QWizard::accept();
}

} // namespace lk
