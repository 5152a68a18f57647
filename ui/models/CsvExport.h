#pragma once

#include "util/Result.h"

#include <QCoreApplication>

class QAbstractItemModel;
class QIODevice;

namespace lk {

// Writes what a table shows as RFC 4180 CSV in UTF-8, for administrators who
// take lease lists into a spreadsheet.
class CsvExport {
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // A header row from headerData, then one row per top-level row of the
    // model, all from Qt::DisplayRole, with CRLF line ends. Fails with code
    // "export_failed" when the device is not writable or a write fails.
    static Status write(const QAbstractItemModel& model, QIODevice& device);
    // The same into the file at `path`, created or truncated; fails with code
    // "export_failed" and a message naming the file when it cannot be opened.
    static Status writeFile(const QAbstractItemModel& model, const QString& path);

    // One field, quoted when it holds a comma, quote, CR or LF. A leading
    // = + - @ (or tab or CR) gets a ' in front so that a spreadsheet shows
    // the text instead of evaluating it as a formula.
    static QString escapeField(const QString& field);
};

} // namespace lk
