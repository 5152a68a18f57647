#include "models/UsageModel.h"

#include <QDateTime>
#include <QLocale>

namespace lk {

UsageModel::UsageModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

void UsageModel::setSamples(QList<UsageSample> samples) {
    resetRows(std::move(samples));
}

QString UsageModel::periodText(const UsageSample& sample) {
    if (sample.stepS == UsageSample::kDayS)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(sample.atMs, Qt::UTC).date(),
                                  QLocale::ShortFormat);
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(sample.atMs), QLocale::ShortFormat);
}

QVariant UsageModel::display(const UsageSample& sample, int column) const {
    switch (column) {
    case Period:
        return periodText(sample);
    case Type:
        return sample.component;
    case Instances:
        return sample.instances;
    case InstancesAllowed:
        return sample.allowedInstances;
    case Cores:
        return sample.cores;
    case CoresAllowed:
        return sample.allowedCores;
    case Denials:
        return sample.denials;
    default:
        return {};
    }
}

QVariant UsageModel::sortValue(const UsageSample& sample, int column) const {
    return column == Period ? QVariant(sample.atMs) : display(sample, column);
}

QString UsageModel::columnTitle(int column) const {
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Period"),    QT_TR_NOOP("Type"),
        QT_TR_NOOP("Instances"), QT_TR_NOOP("Instances allowed"),
        QT_TR_NOOP("Cores"),     QT_TR_NOOP("Cores allowed"),
        QT_TR_NOOP("Denials"),
    };
    return tr(titles[column]);
}

} // namespace lk
