#pragma once

#include <QString>
#include <initializer_list>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace lk {

// What the pages that show the answer of a query (History, Audit) set up
// the same way: a bar of labelled filters with Refresh and Export, a sortable
// read-only table, and an error line.
namespace querytable {

// Each combo box after its label; Alt+letter moves to it and screen readers
// read the label with it. Then a stretch and the `trailing` buttons.
QHBoxLayout* filterBar(QWidget* owner, std::initializer_list<std::pair<QString, QComboBox*>> labelled,
                       std::initializer_list<QWidget*> trailing);
// `table` shows `proxy` (whose source is already set) sorted by its
// `sortRole` at `sortColumn`, newest first; whole rows are selected.
void setUp(QTableView* table, QSortFilterProxyModel* proxy, int sortRole, int sortColumn);
// The red line under a table that says why its query failed.
void styleError(QLabel* error);

} // namespace querytable
} // namespace lk
