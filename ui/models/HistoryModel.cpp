#include "models/HistoryModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lk {

HistoryModel::HistoryModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

void HistoryModel::setEntries(QList<HistoryEntry> entries) {
    resetRows(std::move(entries));
}

QString HistoryModel::reasonText(const QString& code) {
    static const QHash<QString, const char*> texts{
        {u"released"_s, QT_TR_NOOP("released (clean shutdown)")},
        {u"replaced_by_restart"_s, QT_TR_NOOP("replaced by a restart")},
        {u"grace_expired"_s, QT_TR_NOOP("grace period expired")},
        {u"freed_by_admin"_s, QT_TR_NOOP("freed by an administrator")},
        {u"reclaimed_dead"_s, QT_TR_NOOP("reclaimed (process gone)")},
        {u"type_not_licensed"_s, QT_TR_NOOP("denied: type not licensed")},
        {u"license_expired"_s, QT_TR_NOOP("denied: license expired")},
        {u"instance_limit"_s, QT_TR_NOOP("denied: instance limit")},
        {u"cores_per_instance"_s, QT_TR_NOOP("denied: too many cores per instance")},
        {u"core_limit"_s, QT_TR_NOOP("denied: core limit")},
        {u"group_cap"_s, QT_TR_NOOP("denied: host group cap")},
        {u"reserved_for_other_group"_s, QT_TR_NOOP("denied: reserved for another host group")},
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

QVariant HistoryModel::sortValue(const HistoryEntry& entry, int column) const {
    if (column == Start)
        return entry.startMs;
    if (column == End)
        return entry.endMs.value_or(std::numeric_limits<qint64>::max());
    return display(entry, column);
}

QVariant HistoryModel::toolTip(const HistoryEntry& entry, int column) const {
    return column == Note ? QVariant(entry.note) : QVariant();
}

QString HistoryModel::columnTitle(int column) const {
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Kind"),  QT_TR_NOOP("Type"),  QT_TR_NOOP("Instance"), QT_TR_NOOP("Host"),
        QT_TR_NOOP("Cores"), QT_TR_NOOP("Start"), QT_TR_NOOP("End"),      QT_TR_NOOP("Reason"),
        QT_TR_NOOP("Note"),  QT_TR_NOOP("Node")};
    return tr(titles[column]);
}

} // namespace lk
