#pragma once

#include "admin/NodeStatus.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace lk {

// One License Manager node at a glance: reachable, role, version, response
// time, clock offset, store, maintenance, last error.
class NodeCard final : public QGroupBox {
    Q_OBJECT

public:
    explicit NodeCard(const QString& url, QWidget* parent = nullptr);
    // The card of a load balancer's address: titled by the address, naming
    // the node that answered through it.
    void setServiceAddress(bool isService) { m_isService = isService; }
    void setStatus(const NodeStatus& status);
    QString fieldText(const QString& objectName) const;

private:
    QLabel* addField(const QString& label, const QString& objectName);

    QFormLayout* m_form;
    QString m_url;
    bool m_isService = false;
    QString m_lastName;
    QLabel* m_reachable;
    QLabel* m_role;
    QLabel* m_version;
    QLabel* m_response;
    QLabel* m_offset;
    QLabel* m_store;
    QLabel* m_maintenance;
    QLabel* m_error;
};

} // namespace lk
