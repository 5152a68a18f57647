#pragma once

#include "admin/NodeStatus.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;

namespace lk {

// The served license: who it is for, when it expires (with a countdown), and
// per component type how much of it is in use.
class LicenseCard final : public QGroupBox {
    Q_OBJECT

public:
    explicit LicenseCard(QWidget* parent = nullptr);
    void setStatus(const NodeStatus& status);
    // Refreshes the expiry countdown; called once a second.
    void tick(qint64 nodeNowMs);

private:
    void rebuildUsage(const NodeStatus& status);

    QLabel* m_licensee;
    QLabel* m_id;
    QLabel* m_expires;
    QLabel* m_countdown;
    QLabel* m_problem;
    QGridLayout* m_usage;
    qint64 m_expiresMs = 0;
    QString m_usageSignature; // rebuilds the bars only when the types change
};

} // namespace lk
