#include "widgets/NodeCard.h"

#include "util/Duration.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace lk {

NodeCard::NodeCard(const QString& url, QWidget* parent)
    : QGroupBox(url, parent)
    , m_form(new QFormLayout(this))
    , m_url(url) {
    setObjectName(u"nodeCard"_s);
    m_reachable = addField(tr("Reachable"), u"reachable"_s);
    m_role = addField(tr("Role"), u"role"_s);
    m_version = addField(tr("Version"), u"version"_s);
    m_response = addField(tr("Response time"), u"responseTime"_s);
    m_offset = addField(tr("Clock offset"), u"clockOffset"_s);
    m_store = addField(tr("Store"), u"store"_s);
    m_maintenance = addField(tr("Maintenance"), u"maintenance"_s);
    m_error = addField(tr("Last error"), u"lastError"_s);
    m_error->setWordWrap(true);
}

QLabel* NodeCard::addField(const QString& label, const QString& objectName) {
    auto* value = new QLabel(tr("-"), this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    m_form->addRow(label + u':', value);
    return value;
}

QString NodeCard::fieldText(const QString& objectName) const {
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void NodeCard::setStatus(const NodeStatus& status) {
    // A node that stopped answering keeps the name it last answered with.
    if (!status.node.isEmpty())
        m_lastName = status.node;
    const QString name = status.node.isEmpty() ? m_lastName : status.node;
    if (m_isService)
        setTitle(status.node.isEmpty() ? tr("Service %1").arg(m_url)
                                       : tr("Service %1, answered by %2").arg(m_url, status.node));
    else
        setTitle(name.isEmpty() ? m_url : tr("%1 (%2)").arg(name, m_url));
    m_reachable->setText(status.reachable ? (status.isReady() ? tr("yes, ready") : tr("yes, NOT ready"))
                                          : tr("NO"));
    m_role->setText(status.role.isEmpty() ? tr("-") : status.role);
    m_version->setText(status.version.isEmpty()
                           ? tr("-")
                           : tr("%1, up %2").arg(status.version, Duration::format(status.uptimeS * 1000)));
    m_response->setText(status.responseTimeMs >= 0 ? tr("%1 ms").arg(status.responseTimeMs) : tr("-"));
    m_offset->setText(status.reachable ? tr("%1 ms").arg(status.clockOffsetMs) : tr("-"));
    m_store->setText(
        status.storeKind.isEmpty()
            ? tr("-")
            : tr("%1, %2").arg(status.storeKind, status.storeHealthy ? tr("healthy") : status.storeDetail));
    m_maintenance->setText(status.maintenance ? tr("on: the load balancer moves traffic away") : tr("off"));
    m_error->setText(status.lastError.isEmpty() ? tr("none") : status.lastError);
}

} // namespace lk
