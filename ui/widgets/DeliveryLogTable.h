#pragma once

#include "alert/AlertMessage.h"

#include <QTableWidget>

namespace lk {

// The node's delivery log, newest first: when, which channel and target,
// whether it arrived, after how many attempts, and what the receiver said.
class DeliveryLogTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit DeliveryLogTable(QWidget* parent = nullptr);

    void setDeliveries(const QList<AlertDelivery>& deliveries);
};

} // namespace lk
