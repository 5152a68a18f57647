#include "models/AuditModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lk {

AuditModel::AuditModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

void AuditModel::setEntries(QList<AuditEntry> entries) {
    resetRows(std::move(entries));
}

QString AuditModel::actionText(const QString& action) {
    static const QHash<QString, const char*> texts{
        {u"lease.free"_s, QT_TR_NOOP("freed a lease")},
        {u"maintenance.on"_s, QT_TR_NOOP("maintenance on")},
        {u"maintenance.off"_s, QT_TR_NOOP("maintenance off")},
        {u"license.load"_s, QT_TR_NOOP("loaded the license")},
        {u"token.used"_s, QT_TR_NOOP("token used")},
        {u"auth.failed"_s, QT_TR_NOOP("wrong token")},
        {u"auth.forbidden"_s, QT_TR_NOOP("change refused (viewer)")},
    };
    const auto it = texts.constFind(action);
    return it == texts.cend() ? action : tr(it.value());
}

QString AuditModel::outcomeText(const QString& outcome) {
    static const QHash<QString, const char*> texts{
        {u"ok"_s, QT_TR_NOOP("done")},
        {u"not_found"_s, QT_TR_NOOP("not found")},
        {u"refused"_s, QT_TR_NOOP("refused")},
        {u"failed"_s, QT_TR_NOOP("failed")},
    };
    const auto it = texts.constFind(outcome);
    return it == texts.cend() ? outcome : tr(it.value());
}

QVariant AuditModel::display(const AuditEntry& entry, int column) const {
    switch (column) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.atMs), QLocale::ShortFormat);
    case Actor:
        return entry.role.isEmpty() ? entry.actor : tr("%1 (%2)").arg(entry.actor, entry.role);
    case Action:
        return actionText(entry.action);
    case Target:
        return entry.target;
    case Outcome:
        return outcomeText(entry.outcome);
    case Detail:
        return entry.detail;
    case Address:
        return entry.address;
    case Node:
        return entry.node;
    default:
        return {};
    }
}

QVariant AuditModel::sortValue(const AuditEntry& entry, int column) const {
    // The store numbers entries in the order they were written: time order,
    // also between entries of the same millisecond.
    return column == Time ? QVariant(entry.id) : display(entry, column);
}

QVariant AuditModel::toolTip(const AuditEntry& entry, int column) const {
    if (column == Detail || column == Target)
        return display(entry, column);
    if (column == Action)
        return entry.action;
    return {};
}

QVariant AuditModel::otherData(const AuditEntry& entry, int column, int role) const {
    // Refusals stand out: they are what an administrator looks for here.
    if (role == Qt::ForegroundRole && column == Outcome && entry.outcome != u"ok"_s)
        return QBrush(QColor(0xcf, 0x22, 0x2e));
    return {};
}

QString AuditModel::columnTitle(int column) const {
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Time"),    QT_TR_NOOP("Who"),  QT_TR_NOOP("Action"), QT_TR_NOOP("Target"),
        QT_TR_NOOP("Outcome"), QT_TR_NOOP("From"), QT_TR_NOOP("Node"),   QT_TR_NOOP("Detail"),
    };
    return tr(titles[column]);
}

} // namespace lk
