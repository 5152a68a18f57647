#include "wire/UsageParameters.h"

#include "wire/WireJson.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

std::optional<qint64> parseTime(const QString& text) {
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? std::optional(time.toMSecsSinceEpoch()) : std::nullopt;
}

std::optional<qint64> stepFromName(const QString& name) {
    if (name == u"minute"_s)
        return UsageSample::kMinuteS;
    if (name == u"hour"_s)
        return UsageSample::kHourS;
    if (name == u"day"_s)
        return UsageSample::kDayS;
    return std::nullopt;
}

} // namespace

qint64 UsageParameters::defaultStepS(qint64 spanMs) {
    constexpr qint64 kHourMs = 3600LL * 1000;
    if (spanMs <= 6 * kHourMs)
        return UsageSample::kMinuteS;
    return spanMs <= 14 * 24 * kHourMs ? UsageSample::kHourS : UsageSample::kDayS;
}

QString UsageParameters::stepName(qint64 stepS) {
    return stepS == UsageSample::kDayS ? u"day"_s : stepS == UsageSample::kHourS ? u"hour"_s : u"minute"_s;
}

QUrlQuery UsageParameters::toQuery(const UsageQuery& query) {
    QUrlQuery parameters;
    if (!query.component.isEmpty())
        parameters.addQueryItem(u"type"_s, query.component);
    parameters.addQueryItem(u"from"_s, QString::number(query.fromMs));
    parameters.addQueryItem(u"to"_s, QString::number(query.toMs));
    parameters.addQueryItem(u"step"_s, stepName(query.stepS));
    return parameters;
}

Result<UsageQuery> UsageParameters::fromQuery(const QUrlQuery& query, qint64 nowMs) {
    UsageQuery usage;
    std::optional<qint64> from;
    std::optional<qint64> to;
    std::optional<qint64> step;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"from"_s || key == u"to"_s) {
            const auto ms = parseTime(value);
            if (!ms)
                return WireJson::invalid(
                    tr("'%1' must be milliseconds since the epoch or an ISO 8601 time, not '%2'")
                        .arg(key, value));
            (key == u"from"_s ? from : to) = *ms;
        } else if (key == u"type"_s) {
            usage.component = value;
        } else if (key == u"step"_s) {
            step = stepFromName(value);
            if (!step)
                return WireJson::invalid(tr("'step' must be minute, hour or day, not '%1'").arg(value));
        } else {
            return WireJson::invalid(tr("unknown query parameter '%1'; use type, from, to or step").arg(key));
        }
    }
    usage.toMs = to.value_or(nowMs);
    usage.fromMs = from.value_or(usage.toMs - kDefaultSpanMs);
    if (usage.fromMs > usage.toMs)
        return WireJson::invalid(tr("'from' must not be after 'to'"));
    usage.stepS = step.value_or(defaultStepS(usage.toMs - usage.fromMs));
    return usage;
}

} // namespace lk::wire
