#include "models/CsvExport.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QIODevice>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// Rows are gathered into chunks of about this size before each write.
constexpr qsizetype kChunkBytes = 64 * 1024;

bool startsLikeFormula(const QString& field) {
    static const QString triggers = u"=+-@\t\r"_s;
    return !field.isEmpty() && triggers.contains(field.front());
}

QByteArray csvLine(const QStringList& fields) {
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(CsvExport::escapeField(field));
    return (escaped.join(u',') + u"\r\n"_s).toUtf8();
}

QStringList headerFields(const QAbstractItemModel& model) {
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column)
        fields.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return fields;
}

QStringList rowFields(const QAbstractItemModel& model, int row) {
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column)
        fields.append(model.data(model.index(row, column), Qt::DisplayRole).toString());
    return fields;
}

bool writeAll(QIODevice& device, const QByteArray& bytes) {
    return bytes.isEmpty() || device.write(bytes) == bytes.size();
}

} // namespace

QString CsvExport::escapeField(const QString& field) {
    const QString guarded = startsLikeFormula(field) ? u'\'' + field : field;
    const bool needsQuotes = guarded.contains(u',') || guarded.contains(u'"') || guarded.contains(u'\r') ||
                             guarded.contains(u'\n');
    if (!needsQuotes)
        return guarded;
    return u'"' + QString(guarded).replace(u'"', u"\"\""_s) + u'"';
}

Status CsvExport::write(const QAbstractItemModel& model, QIODevice& device) {
    const auto failure = [&device] {
        return makeError(u"export_failed"_s,
                         tr("Could not write the CSV file: %1")
                             .arg(device.errorString().isEmpty() ? tr("the device is not writable")
                                                                 : device.errorString()));
    };
    if (!device.isWritable())
        return failure();
    QByteArray chunk = csvLine(headerFields(model));
    for (int row = 0; row < model.rowCount(); ++row) {
        chunk += csvLine(rowFields(model, row));
        if (chunk.size() >= kChunkBytes) {
            if (!writeAll(device, chunk))
                return failure();
            chunk.clear();
        }
    }
    if (!writeAll(device, chunk))
        return failure();
    return {};
}

Status CsvExport::writeFile(const QAbstractItemModel& model, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(u"export_failed"_s, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return write(model, file);
}

} // namespace lk
