#include "widgets/DeliveryLogTable.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lk {

DeliveryLogTable::DeliveryLogTable(QWidget* parent)
    : QTableWidget(0, 6, parent) {
    setObjectName(u"deliveryLog"_s);
    setAccessibleName(tr("Alert delivery log"));
    setHorizontalHeaderLabels(
        {tr("Time"), tr("Channel"), tr("Target"), tr("Delivered"), tr("Attempts"), tr("Detail")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

void DeliveryLogTable::setDeliveries(const QList<AlertDelivery>& deliveries) {
    setRowCount(int(deliveries.size()));
    for (int row = 0; row < deliveries.size(); ++row) {
        // The node keeps the log oldest first; the newest matters most.
        const AlertDelivery& delivery = deliveries[deliveries.size() - 1 - row];
        const QStringList cells{
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(delivery.atMs), QLocale::ShortFormat),
            delivery.channel,
            delivery.target,
            delivery.delivered ? tr("yes") : tr("no"),
            QString::number(delivery.attempts),
            delivery.detail};
        for (int column = 0; column < cells.size(); ++column)
            setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    resizeColumnsToContents();
}

} // namespace lk
