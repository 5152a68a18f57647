// SqlStore::usageSamples lives apart from the write path, like the history.
#include "store/SqlStore.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QString kUsageSql = uR"(
SELECT component, step_s, at_ms, instances, cores, allowed_instances, allowed_cores, denials FROM usage_samples
 WHERE step_s = ? AND at_ms >= ? AND at_ms <= ? AND (COALESCE(?, '') = '' OR component = ?)
 ORDER BY at_ms, component
)"_s;

UsageSample sampleFrom(const QSqlQuery& query) {
    UsageSample sample;
    sample.component = query.value(0).toString();
    sample.stepS = query.value(1).toLongLong();
    sample.atMs = query.value(2).toLongLong();
    sample.instances = query.value(3).toInt();
    sample.cores = query.value(4).toLongLong();
    sample.allowedInstances = query.value(5).toInt();
    sample.allowedCores = query.value(6).toLongLong();
    sample.denials = query.value(7).toInt();
    return sample;
}

} // namespace

Result<QList<UsageSample>> SqlStore::usageSamples(const UsageQuery& filter) {
    const auto query =
        run(kUsageSql, {filter.stepS, filter.fromMs, filter.toMs, filter.component, filter.component});
    if (!query)
        return query.error();
    QList<UsageSample> samples;
    while (query.value()->next())
        samples.append(sampleFrom(*query.value()));
    query.value()->finish();
    return samples;
}

} // namespace lk
