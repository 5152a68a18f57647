#include "pages/LicenseFitDialog.h"

#include "admin/NodeClient.h"
#include "pages/TableExport.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, const QString& accessible,
                        QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

QString pair(qint64 instances, qint64 cores) {
    return LicenseFitDialog::tr("%1 / %2").arg(instances).arg(cores);
}

QString localTime(qint64 ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

LicenseFitDialog::LicenseFitDialog(NodeClient& client, Prompts& prompts, QByteArray licenseFile,
                                   const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_licenseFile(std::move(licenseFile))
    , m_days(new QSpinBox(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_export(new QPushButton(tr("&Export refusals as CSV..."), this))
    , m_summary(new QLabel(this))
    , m_types(makeTable({tr("Component type"), tr("Allowed (instances / cores)"), tr("Peak use"),
                         tr("Headroom at the peak"), tr("Would refuse")},
                        u"fitTypes"_s, tr("Use per type against the license"), this))
    , m_refusals(
          makeTable({tr("Time"), tr("Component type"), tr("Instance"), tr("Host"), tr("Cores"), tr("Reason")},
                    u"fitRefusals"_s, tr("Starts the license would have refused"), this))
    , m_csv(new TableExport(*this, prompts, *m_refusals->model(), tr("Export refusals as CSV"),
                            u"license-fit.csv"_s)) {
    setObjectName(u"licenseFitDialog"_s);
    setWindowTitle(tr("Check %1 against past usage").arg(QFileInfo(fileName).fileName()));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Would this license have held? The License Manager replays the leases it "
                                "recorded against the limits of %1, start by start, as it would have "
                                "granted them. Nothing is changed.")
                                 .arg(QFileInfo(fileName).fileName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* period = new QHBoxLayout;
    m_days->setObjectName(u"fitDays"_s);
    m_days->setRange(1, wire::LicenseFitParameters::kMaxDays);
    m_days->setValue(wire::LicenseFitParameters::kDefaultDays);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days of usage to replay"));
    auto* last = new QLabel(tr("&Replay the last"), this);
    last->setBuddy(m_days);
    period->addWidget(last);
    period->addWidget(m_days);
    m_check->setObjectName(u"fitCheck"_s);
    period->addWidget(m_check);
    period->addStretch();
    layout->addLayout(period);
    m_summary->setObjectName(u"fitSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_refusals, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export->setObjectName(u"fitExport"_s);
    m_export->setEnabled(false);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &LicenseFitDialog::check);
    connect(m_export, &QPushButton::clicked, this, [this] { m_csv->ask(); });
}

QString LicenseFitDialog::summary() const {
    return m_summary->text();
}

void LicenseFitDialog::check() {
    m_checking = true;
    m_check->setEnabled(false);
    m_summary->setText(tr("Replaying the last %n day(s) of usage...", nullptr, m_days->value()));
    m_summary->setStyleSheet({});
    m_client.checkLicenseFit(m_licenseFile, m_days->value(),
                             [this, guard = QPointer(this)](const Result<wire::LicenseFitAnswer>& answer) {
                                 if (!guard)
                                     return;
                                 m_checking = false;
                                 m_check->setEnabled(true);
                                 if (answer)
                                     present(answer.value());
                                 else
                                     showSummary(false, answer.error().message);
                                 Q_EMIT checked();
                             });
}

void LicenseFitDialog::present(const wire::LicenseFitAnswer& answer) {
    const FitReport& report = answer.report;
    const QString license = tr("License %1 for %2").arg(answer.licenseId, answer.licensee);
    if (report.fits())
        showSummary(true, tr("%1 would have held: none of the %n lease(s) of the last %2 days would have "
                             "been refused.",
                             nullptr, report.leasesReplayed)
                              .arg(license)
                              .arg(answer.days));
    else
        showSummary(false, tr("%1 would have refused %n start(s) in the last %2 days.", nullptr,
                              int(report.refusals.size()))
                               .arg(license)
                               .arg(answer.days));
    showTypes(report.types);
    showRefusals(report.refusals);
    m_export->setEnabled(!report.refusals.isEmpty());
}

void LicenseFitDialog::showTypes(const QList<FitTypeReport>& types) {
    m_types->setRowCount(int(types.size()));
    for (int row = 0; row < types.size(); ++row) {
        const FitTypeReport& type = types[row];
        const QString allowed =
            type.allowed ? pair(type.allowed->maxInstances, type.allowed->maxTotalCores) : tr("not licensed");
        const QString headroom =
            type.allowed ? pair(*type.headroomInstances(), *type.headroomCores()) : QString();
        setRow(m_types, row,
               {type.component, allowed, pair(type.peakInstances, type.peakCores), headroom,
                QString::number(type.refused)});
    }
    m_types->resizeColumnsToContents();
}

void LicenseFitDialog::showRefusals(const QList<FitRefusal>& refusals) {
    m_refusals->setRowCount(int(refusals.size()));
    for (int row = 0; row < refusals.size(); ++row) {
        const FitRefusal& refusal = refusals[row];
        setRow(m_refusals, row,
               {localTime(refusal.atMs), refusal.holder.component, refusal.holder.instance,
                refusal.holder.host, QString::number(refusal.holder.cores), refusal.denial.message});
    }
    m_refusals->resizeColumnsToContents();
}

void LicenseFitDialog::showSummary(bool ok, const QString& text) {
    m_summary->setText(text);
    m_summary->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: #cf222e; font-weight: 600;"_s);
}

} // namespace lk
