#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace lk {

class Prompts;

// A page's "Export CSV" action: asks where to save what the page's table
// shows, writes it, and reports a failure in a dialog titled like the action.
// The table is the page's view model (after filtering and sorting), so the
// file holds what the administrator sees.
class TableExport {
public:
    TableExport(QWidget& page, Prompts& prompts, const QAbstractItemModel& table, QString title,
                QString suggestedName);

    // Asks for a file name and exports there; nothing happens on cancel.
    void ask();
    // Returns whether the file was written.
    bool exportTo(const QString& path);

private:
    QWidget& m_page;
    Prompts& m_prompts;
    const QAbstractItemModel& m_table;
    QString m_title;
    QString m_suggestedName;
};

} // namespace lk
