#include "widgets/LicenseCard.h"

#include "util/Duration.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QProgressBar* usageBar(QWidget* parent, const QString& objectName, const QString& accessibleName) {
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setTextVisible(true);
    bar->setMinimumWidth(160);
    return bar;
}

// `format` is a whole translatable sentence ("%1 of %2 cores"): languages
// inflect the unit with the number, so it cannot be glued on afterwards.
void setUsage(QProgressBar* bar, int used, int allowed, const QString& format) {
    bar->setRange(0, qMax(1, allowed));
    bar->setValue(qMin(used, qMax(1, allowed)));
    bar->setFormat(format.arg(used).arg(allowed));
}

} // namespace

LicenseCard::LicenseCard(QWidget* parent)
    : QGroupBox(tr("License"), parent) {
    setObjectName(u"licenseCard"_s);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_licensee = new QLabel(tr("-"), this);
    m_licensee->setObjectName(u"licensee"_s);
    m_id = new QLabel(tr("-"), this);
    m_id->setObjectName(u"licenseId"_s);
    m_expires = new QLabel(tr("-"), this);
    m_expires->setObjectName(u"expires"_s);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"expiryCountdown"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"licenseProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    form->addRow(tr("Licensee:"), m_licensee);
    form->addRow(tr("License id:"), m_id);
    form->addRow(tr("Expires:"), m_expires);
    form->addRow(tr("Time left:"), m_countdown);
    layout->addWidget(m_problem);
    m_usage = new QGridLayout;
    layout->addLayout(m_usage);
    layout->addStretch();
}

void LicenseCard::setStatus(const NodeStatus& status) {
    m_problem->setVisible(!status.licenseProblem.isEmpty());
    m_problem->setText(tr("Problem: %1").arg(status.licenseProblem));
    if (!status.license) {
        m_licensee->setText(tr("no license loaded"));
        m_id->setText(tr("-"));
        m_expires->setText(tr("-"));
        m_expiresMs = 0;
        return;
    }
    const LicenseTerms& terms = *status.license;
    m_licensee->setText(terms.licensee);
    m_id->setText(terms.licenseId);
    m_expiresMs = terms.expiresMs;
    m_expires->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(terms.expiresMs), QLocale::LongFormat));
    rebuildUsage(status);
}

void LicenseCard::rebuildUsage(const NodeStatus& status) {
    const LicenseTerms& terms = *status.license;
    const QString signature = QStringList(terms.components.keys()).join(u',');
    if (signature != m_usageSignature) {
        while (QLayoutItem* item = m_usage->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        int row = 0;
        for (const QString& type : terms.components.keys()) {
            m_usage->addWidget(new QLabel(type, this), row, 0);
            m_usage->addWidget(usageBar(this, u"instances:"_s + type, tr("%1 instances in use").arg(type)),
                               row, 1);
            m_usage->addWidget(usageBar(this, u"cores:"_s + type, tr("%1 cores in use").arg(type)), row, 2);
            ++row;
        }
        m_usageSignature = signature;
    }
    for (auto it = terms.components.cbegin(); it != terms.components.cend(); ++it) {
        const TypeUsage used = status.usage.value(it.key());
        setUsage(findChild<QProgressBar*>(u"instances:"_s + it.key()), used.instancesUsed, it->maxInstances,
                 tr("%1 of %2 instances"));
        setUsage(findChild<QProgressBar*>(u"cores:"_s + it.key()), used.coresUsed, it->maxTotalCores,
                 tr("%1 of %2 cores"));
    }
}

void LicenseCard::tick(qint64 nodeNowMs) {
    if (m_expiresMs == 0) {
        m_countdown->setText(tr("-"));
        return;
    }
    const qint64 left = m_expiresMs - nodeNowMs;
    m_countdown->setText(left > 0 ? tr("expires in %1").arg(Duration::format(left)) : tr("EXPIRED"));
}

} // namespace lk
