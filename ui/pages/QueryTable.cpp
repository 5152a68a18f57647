#include "pages/QueryTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace lk::querytable {

QHBoxLayout* filterBar(QWidget* owner, std::initializer_list<std::pair<QString, QComboBox*>> labelled,
                       std::initializer_list<QWidget*> trailing) {
    auto* bar = new QHBoxLayout;
    for (const auto& [text, box] : labelled) {
        auto* label = new QLabel(text, owner);
        label->setBuddy(box);
        bar->addWidget(label);
        bar->addWidget(box);
    }
    bar->addStretch();
    for (QWidget* widget : trailing)
        bar->addWidget(widget);
    return bar;
}

void setUp(QTableView* table, QSortFilterProxyModel* proxy, int sortRole, int sortColumn) {
    proxy->setSortRole(sortRole);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
}

void styleError(QLabel* error) {
    error->setStyleSheet(u"color: #cf222e;"_s);
}

} // namespace lk::querytable
