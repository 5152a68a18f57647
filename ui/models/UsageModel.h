#pragma once

#include "lease/UsageSample.h"
#include "models/RowTableModel.h"

namespace lk {

// The periods of one component type's usage over time, as numbers: what the
// Usage view's chart draws, for reading exactly and for the CSV export.
class UsageModel final : public RowTableModel<UsageSample> {
    Q_OBJECT

public:
    enum Column { Period, Type, Instances, InstancesAllowed, Cores, CoresAllowed, Denials, ColumnCount };

    explicit UsageModel(QObject* parent = nullptr);

    void setSamples(QList<UsageSample> samples);
    const QList<UsageSample>& samples() const { return rows(); }

    // When a period began, as the table shows it: a date for a day (a UTC
    // day, so its own date in every time zone), else the local time.
    static QString periodText(const UsageSample& sample);

private:
    QString columnTitle(int column) const override;
    QVariant display(const UsageSample& sample, int column) const override;
    QVariant sortValue(const UsageSample& sample, int column) const override;
    bool isNumeric(int column) const override { return column != Period && column != Type; }
};

} // namespace lk
