#include "pages/TableExport.h"

#include "models/CsvExport.h"
#include "window/Prompts.h"

namespace lk {

TableExport::TableExport(QWidget& page, Prompts& prompts, const QAbstractItemModel& table, QString title,
                         QString suggestedName)
    : m_page(page)
    , m_prompts(prompts)
    , m_table(table)
    , m_title(std::move(title))
    , m_suggestedName(std::move(suggestedName)) {}

void TableExport::ask() {
    if (const auto path = m_prompts.saveFile(&m_page, m_title, m_suggestedName))
        exportTo(*path);
}

bool TableExport::exportTo(const QString& path) {
    const Status written = CsvExport::writeFile(m_table, path);
    if (!written)
        m_prompts.error(&m_page, m_title, written.error().message);
    return written.ok();
}

} // namespace lk
