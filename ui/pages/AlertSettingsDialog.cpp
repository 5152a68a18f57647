#include "pages/AlertSettingsDialog.h"

#include "admin/NodeClient.h"
#include "console/AlertFeed.h"
#include "widgets/AlertChannelsForm.h"
#include "widgets/AlertRulesTable.h"
#include "widgets/DeliveryLogTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QLabel* wrappedLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString outcomeOf(const AlertDelivery& delivery) {
    return delivery.delivered
               ? AlertSettingsDialog::tr("%1: delivered (%2)").arg(delivery.channel, delivery.detail)
               : AlertSettingsDialog::tr("%1: not delivered: %2").arg(delivery.channel, delivery.detail);
}

} // namespace

AlertSettingsDialog::AlertSettingsDialog(NodeClient& client, AlertFeed& feed, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_feed(feed)
    , m_readOnly(readOnly)
    , m_access(wrappedLabel(u"alertAccess"_s, this))
    , m_tabs(new QTabWidget(this))
    , m_channels(new AlertChannelsForm(this))
    , m_rules(new AlertRulesTable(this))
    , m_log(new DeliveryLogTable(this))
    , m_file(wrappedLabel(u"alertFile"_s, this))
    , m_message(wrappedLabel(u"alertMessage"_s, this))
    , m_testOutcome(wrappedLabel(u"testOutcome"_s, this))
    , m_testBusy(new QProgressBar(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_test(new QPushButton(tr("Send a &test alert"), this)) {
    setObjectName(u"alertSettingsDialog"_s);
    setWindowTitle(tr("Alerts - %1").arg(client.baseUrl().toString()));
    resize(940, 540);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The License Manager watches its licenses, leases, database and peers and "
                                "sends an alert when a rule fires: to a webhook, by mail, and to this "
                                "console's notifications."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_access->setText(tr("Read-only: this console has a viewer token, which can see the alert settings but "
                         "not change them or send a test alert."));
    m_access->setStyleSheet(u"color: #9a6700; font-weight: 600;"_s);
    m_access->setVisible(readOnly);
    layout->addWidget(m_access);
    auto* channelsPage = new QWidget(this);
    auto* channelsLayout = new QVBoxLayout(channelsPage);
    channelsLayout->addWidget(m_channels);
    channelsLayout->addStretch();
    m_tabs->addTab(channelsPage, tr("&Channels"));
    m_tabs->addTab(m_rules, tr("&Rules"));
    m_tabs->addTab(m_log, tr("&Delivery log"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_file);
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());
    m_channels->setReadOnly(readOnly);
    m_rules->setReadOnly(readOnly);
    m_log->setDeliveries(feed.deliveries());
    connect(&feed, &AlertFeed::deliveriesChanged, this,
            [this] { m_log->setDeliveries(m_feed.deliveries()); });
    updateButtons();
}

QWidget* AlertSettingsDialog::buildButtons() {
    auto* bottom = new QWidget(this);
    auto* layout = new QVBoxLayout(bottom);
    layout->setContentsMargins(0, 0, 0, 0);
    m_testBusy->setObjectName(u"testBusy"_s);
    m_testBusy->setRange(0, 0); // no steps to count: a channel answers or times out
    m_testBusy->setMaximumHeight(8);
    m_testBusy->setTextVisible(false);
    m_testBusy->hide();
    layout->addWidget(m_testOutcome);
    layout->addWidget(m_testBusy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, bottom);
    m_save->setObjectName(u"alertSave"_s);
    m_test->setObjectName(u"alertTest"_s);
    m_test->setToolTip(tr("Sends a test alert on every channel as saved on the node, one attempt each"));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AlertSettingsDialog::save);
    connect(m_test, &QPushButton::clicked, this, &AlertSettingsDialog::sendTest);
    return bottom;
}

QString AlertSettingsDialog::message() const {
    return m_message->text();
}

QString AlertSettingsDialog::testOutcome() const {
    return m_testOutcome->text();
}

void AlertSettingsDialog::load() {
    m_busy = true;
    updateButtons();
    m_message->setText(tr("Reading the alert settings..."));
    m_client.fetchAlertSettings(
        [this, guard = QPointer(this)](const Result<wire::AlertSettingsAnswer>& answer) {
            if (!guard)
                return;
            m_busy = false;
            if (answer) {
                present(answer.value());
                m_message->clear();
            } else {
                showMessage(false, answer.error().message);
            }
            updateButtons();
            Q_EMIT loaded(bool(answer));
        });
}

void AlertSettingsDialog::present(const wire::AlertSettingsAnswer& answer) {
    m_shown = answer;
    m_hasSettings = true;
    m_channels->setSettings(answer.settings);
    m_rules->setRules(answer.settings.rules);
    m_file->setText(answer.file.isEmpty()
                        ? tr("This License Manager runs without an alerts file (--alerts), so these "
                             "settings cannot be changed from here.")
                        : tr("Saved on the node in %1").arg(answer.file));
}

void AlertSettingsDialog::save() {
    if (m_readOnly || !m_hasSettings)
        return;
    AlertSettings settings = m_shown.settings;
    m_channels->applyTo(settings);
    settings.rules = m_rules->rules();
    m_busy = true;
    updateButtons();
    m_message->setText(tr("Saving..."));
    m_client.saveAlertSettings(
        settings, [this, guard = QPointer(this)](const Result<wire::AlertSettingsAnswer>& answer) {
            if (!guard)
                return;
            m_busy = false;
            // On refusal the form stays as typed, to be corrected.
            if (answer) {
                present(answer.value());
                showMessage(true, tr("Saved. The License Manager uses these settings from now on."));
            } else {
                showMessage(false, tr("Not saved: %1").arg(answer.error().message));
            }
            updateButtons();
            Q_EMIT saved(bool(answer));
        });
}

void AlertSettingsDialog::sendTest() {
    if (m_readOnly)
        return;
    m_testing = true;
    m_test->setEnabled(false);
    m_testBusy->show();
    m_testOutcome->setStyleSheet({});
    m_testOutcome->setText(tr("Sending a test alert; a channel that does not answer takes up to its "
                              "timeout..."));
    m_client.sendTestAlert([this, guard = QPointer(this)](const Result<wire::AlertsAnswer>& answer) {
        if (!guard)
            return;
        m_testing = false;
        m_testBusy->hide();
        updateButtons();
        if (answer) {
            showTest(answer.value());
        } else {
            m_testOutcome->setStyleSheet(u"color: #cf222e;"_s);
            m_testOutcome->setText(tr("The test alert was not sent: %1").arg(answer.error().message));
        }
        m_feed.pollNow(); // the delivery log has the test's lines
        Q_EMIT testFinished(bool(answer));
    });
}

void AlertSettingsDialog::showTest(const wire::AlertsAnswer& answer) {
    if (answer.deliveries.isEmpty()) {
        m_testOutcome->setStyleSheet({});
        m_testOutcome->setText(tr("No webhook or mail server is saved on the node: the test alert shows in "
                                  "the console only."));
        return;
    }
    QStringList lines;
    bool all = true;
    for (const AlertDelivery& delivery : answer.deliveries) {
        lines.append(outcomeOf(delivery));
        all = all && delivery.delivered;
    }
    m_testOutcome->setStyleSheet(all ? u"color: #1a7f37;"_s : u"color: #cf222e;"_s);
    m_testOutcome->setText(lines.join(u'\n'));
}

void AlertSettingsDialog::showMessage(bool ok, const QString& text) {
    m_message->setText(text);
    m_message->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: #cf222e; font-weight: 600;"_s);
}

void AlertSettingsDialog::updateButtons() {
    const bool canChange = !m_readOnly && m_hasSettings && !m_shown.file.isEmpty();
    m_save->setEnabled(canChange && !m_busy);
    m_test->setEnabled(!m_readOnly && m_hasSettings && !m_testing);
    if (m_readOnly) {
        m_save->setToolTip(tr("Needs an admin token"));
        m_test->setToolTip(tr("Needs an admin token"));
    }
}

} // namespace lk
