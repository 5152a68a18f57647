#pragma once

#include "http/ServerLimits.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lk {

// The values of --max-request-bytes, --idle-timeout, --request-timeout and
// --max-connections (and their INI keys), checked; errors have code "usage"
// and name the option.
class LimitOptions {
    Q_DECLARE_TR_FUNCTIONS(LimitOptions)

public:
    // "1048576", "512k", "1m" (binary units); 1 KiB to 1 GiB.
    static Result<qint64> parseBytes(const QString& option, const QString& text);
    // Seconds, fractions allowed ("0.25"); more than 0, at most a day.
    static Result<std::chrono::milliseconds> parseSeconds(const QString& option, const QString& text);
    // 1 to 1000000.
    static Result<int> parseCount(const QString& option, const QString& text);
    // Applies whichever of the four options `value` yields (null: not given).
    template <typename Lookup> static Status apply(ServerLimits& limits, Lookup value);
};

template <typename Lookup> Status LimitOptions::apply(ServerLimits& limits, Lookup value) {
    using namespace Qt::StringLiterals;
    // One option, parsed and stored if given.
    auto take = [&value](const QString& option, auto parse, auto& into) -> Status {
        const QString text = value(option);
        if (text.isNull())
            return {};
        auto parsed = parse(option, text);
        if (!parsed)
            return parsed.error();
        into = std::move(parsed).value();
        return {};
    };
    if (Status taken = take(u"max-request-bytes"_s, &parseBytes, limits.maxRequestBytes); !taken)
        return taken;
    if (Status taken = take(u"idle-timeout"_s, &parseSeconds, limits.idleTimeout); !taken)
        return taken;
    if (Status taken = take(u"request-timeout"_s, &parseSeconds, limits.requestTimeout); !taken)
        return taken;
    return take(u"max-connections"_s, &parseCount, limits.maxConnections);
}

} // namespace lk
