#include "widgets/AlertRulesTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr int kSecondsPerMinute = 60;

const QList<std::pair<AlertRulesTable::Column, const char*>>& channelColumns() {
    static const QList<std::pair<AlertRulesTable::Column, const char*>> columns{
        {AlertRulesTable::Webhook, alertchannels::kWebhook},
        {AlertRulesTable::Mail, alertchannels::kMail},
        {AlertRulesTable::Tray, alertchannels::kTray}};
    return columns;
}

QTableWidgetItem* checkItem(bool checked, const QString& accessible) {
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::AccessibleTextRole, accessible);
    return item;
}

} // namespace

AlertRulesTable::AlertRulesTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent) {
    setObjectName(u"alertRules"_s);
    setAccessibleName(tr("Alert rules"));
    setHorizontalHeaderLabels({tr("On"), tr("Alert when"), tr("Threshold"), tr("Quiet period"), tr("Webhook"),
                               tr("Mail"), tr("Console")});
    horizontalHeaderItem(QuietPeriod)
        ->setToolTip(tr("After an alert, the same incident is not sent again for this long"));
    horizontalHeaderItem(Tray)->setToolTip(tr("A notification in the console's system tray"));
    horizontalHeader()->setSectionResizeMode(Watches, QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

QString AlertRulesTable::unitSuffix(AlertKind kind) {
    // AlertRule::thresholdUnit's units, in words a translator can reach.
    switch (kind) {
    case AlertKind::NearLimit:
        return tr(" %");
    case AlertKind::LicenseExpiry:
        return tr(" days");
    case AlertKind::ClockOffset:
        return tr(" ms");
    default:
        return {};
    }
}

void AlertRulesTable::setRules(const QList<AlertRule>& rules) {
    m_shown = rules;
    setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row)
        addRow(row, rules[row]);
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(Watches, QHeaderView::Stretch);
    setReadOnly(m_readOnly);
}

void AlertRulesTable::addRow(int row, const AlertRule& rule) {
    const QString description = AlertRule::describe(rule.kind);
    setItem(row, On, checkItem(rule.enabled, tr("%1: on").arg(description)));
    auto* watches = new QTableWidgetItem(description);
    watches->setToolTip(AlertRule::code(rule.kind));
    setItem(row, Watches, watches);
    if (const auto range = AlertRule::thresholdRange(rule.kind)) {
        auto* threshold = new QSpinBox;
        threshold->setRange(range->min, range->max);
        threshold->setValue(rule.threshold);
        threshold->setSuffix(unitSuffix(rule.kind));
        threshold->setAccessibleName(tr("%1: threshold").arg(description));
        setCellWidget(row, Threshold, threshold);
    } else {
        auto* none = new QLabel(u"\u2014"_s);
        none->setAlignment(Qt::AlignCenter);
        none->setAccessibleName(tr("%1: no threshold").arg(description));
        setCellWidget(row, Threshold, none);
    }
    auto* quiet = new QSpinBox;
    quiet->setRange(0, AlertRule::kMaxQuietPeriodS / kSecondsPerMinute);
    quiet->setValue(rule.quietPeriodS / kSecondsPerMinute);
    quiet->setSuffix(tr(" min"));
    quiet->setAccessibleName(tr("%1: quiet period in minutes").arg(description));
    setCellWidget(row, QuietPeriod, quiet);
    for (const auto& [column, channel] : channelColumns())
        setItem(row, column,
                checkItem(rule.channels.contains(QString::fromLatin1(channel)),
                          tr("%1: send to %2").arg(description, horizontalHeaderItem(column)->text())));
}

QSpinBox* AlertRulesTable::thresholdBox(int row) const {
    return qobject_cast<QSpinBox*>(cellWidget(row, Threshold));
}

QSpinBox* AlertRulesTable::quietBox(int row) const {
    return qobject_cast<QSpinBox*>(cellWidget(row, QuietPeriod));
}

QList<AlertRule> AlertRulesTable::rules() const {
    QList<AlertRule> rules = m_shown;
    for (int row = 0; row < rules.size(); ++row) {
        AlertRule& rule = rules[row];
        rule.enabled = item(row, On)->checkState() == Qt::Checked;
        if (QSpinBox* threshold = thresholdBox(row))
            rule.threshold = threshold->value();
        // Minutes shown; a file may hold seconds that are not whole minutes,
        // which stay as they were unless the minutes were changed.
        if (quietBox(row)->value() != rule.quietPeriodS / kSecondsPerMinute)
            rule.quietPeriodS = quietBox(row)->value() * kSecondsPerMinute;
        rule.channels.clear();
        for (const auto& [column, channel] : channelColumns()) {
            if (item(row, column)->checkState() == Qt::Checked)
                rule.channels.append(QString::fromLatin1(channel));
        }
    }
    return rules;
}

void AlertRulesTable::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column : {int(On), int(Webhook), int(Mail), int(Tray)}) {
            QTableWidgetItem* check = item(row, column);
            check->setFlags(readOnly ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
        for (int column : {int(Threshold), int(QuietPeriod)})
            cellWidget(row, column)->setEnabled(!readOnly);
    }
}

} // namespace lk
