#include "models/HistoryModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lk {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(QList<HistoryEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}
int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::reasonText(const QString& code) {
    static const QHash<QString, const char*> texts{
        {u"released"_s, QT_TR_NOOP("released (clean shutdown)")},
        {u"replaced_by_restart"_s, QT_TR_NOOP("replaced by a restart")},
        {u"grace_expired"_s, QT_TR_NOOP("grace period expired")},
        {u"freed_by_admin"_s, QT_TR_NOOP("freed by an administrator")},
        {u"type_not_licensed"_s, QT_TR_NOOP("denied: type not licensed")},
        {u"license_expired"_s, QT_TR_NOOP("denied: license expired")},
        {u"instance_limit"_s, QT_TR_NOOP("denied: instance limit")},
        {u"cores_per_instance"_s, QT_TR_NOOP("denied: too many cores per instance")},
        {u"core_limit"_s, QT_TR_NOOP("denied: core limit")},
    };
    const auto it = texts.constFind(code);
    return it == texts.cend() ? code : tr(it.value());
}

QVariant HistoryModel::display(const HistoryEntry& entry, int column) const {
    const auto time = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    const bool denial = entry.kind == HistoryEntry::Kind::Denial;
    switch (column) {
    case Kind:
        return denial ? tr("denial") : tr("lease");
    case Type:
        return entry.holder.component;
    case Instance:
        return entry.holder.instance;
    case Host:
        return entry.holder.host;
    case Cores:
        return entry.holder.cores;
    case Start:
        return time(entry.startMs);
    case End:
        return denial ? QString() : entry.endMs ? time(*entry.endMs) : tr("running");
    case Reason:
        if (denial)
            return entry.denialReason ? reasonText(reasonCode(*entry.denialReason)) : QString();
        return entry.endReason ? reasonText(reasonCode(*entry.endReason)) : QString();
    case Note:
        return entry.note;
    case Node:
        return entry.node;
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == Note ? entry.note : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Cores ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == Start)
            return entry.startMs;
        if (index.column() == End)
            return entry.endMs.value_or(std::numeric_limits<qint64>::max());
        return display(entry, index.column());
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Kind"),  QT_TR_NOOP("Type"),  QT_TR_NOOP("Instance"), QT_TR_NOOP("Host"),
        QT_TR_NOOP("Cores"), QT_TR_NOOP("Start"), QT_TR_NOOP("End"),      QT_TR_NOOP("Reason"),
        QT_TR_NOOP("Note"),  QT_TR_NOOP("Node")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace lk
